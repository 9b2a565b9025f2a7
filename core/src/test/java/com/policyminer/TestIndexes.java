package com.policyminer;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds engines over temporary indexes for tests. */
public final class TestIndexes {

    private TestIndexes() {
    }

    /** An engine over a fresh index in {@code dir}, reading {@code corpus}. */
    public static Engine engine(Path dir, Path corpus) throws IOException {
        Files.createDirectories(dir);
        return new Engine(Config.fromEnvironment(java.util.Map.of()).withIndex(dir.resolve("index")).withCorpus(corpus));
    }

    /** An engine with the bundled seed corpus already ingested. */
    public static Engine seeded(Path dir) throws IOException {
        Engine e = engine(dir, Path.of("corpus"));
        e.ingest().run(e.config().corpus(), null);
        return e;
    }
}
