package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.search.WorkCatalog;

import java.io.IOException;

/** A fresh catalog over an engine's index: what a restarted server reads. */
final class WorkCatalogAccess {

    private WorkCatalogAccess() {
    }

    static WorkCatalog.View reload(Engine engine) throws IOException {
        return new WorkCatalog(engine.embeddedIndex().searchers()).get();
    }
}
