package com.policyminer.index;

import java.nio.file.Path;

/** A command that only reads found no index to read. */
public final class NoIndexException extends java.io.IOException {

    public NoIndexException(Path dir) {
        super("there is no index at " + dir + " yet: run 'ingest' (or 'serve') first");
    }
}
