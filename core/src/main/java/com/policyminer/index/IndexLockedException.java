package com.policyminer.index;

import java.nio.file.Path;

/** Another process (a running server or ingest) holds the index's write lock. */
public final class IndexLockedException extends java.io.IOException {

    public IndexLockedException(Path dir) {
        super("the index at " + dir + " is in use by another process (a running 'serve' or 'ingest'); "
                + "stop it, or upload files through the running server's API");
    }
}
