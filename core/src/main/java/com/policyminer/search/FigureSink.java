package com.policyminer.search;

import java.io.IOException;

/** Receives exported figures one at a time. */
public interface FigureSink {
    /** Called once, before the first figure: how many match in all. */
    default void total(long total) throws IOException {
    }

    void accept(FigureHit hit) throws IOException;
}
