package com.policyminer.cli;

import com.policyminer.ingest.FileResult;

import java.io.PrintStream;

/** A one-line progress bar on the terminal (stderr), redrawn at most ten times a second. */
final class ProgressBar {

    private final PrintStream out;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled && System.console() != null;
    }

    synchronized void update(int done, int total, FileResult last) {
        if (!enabled) {
            return;
        }
        long now = System.currentTimeMillis();
        if (done < total && now - lastDraw < 100) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String name = last.path().length() > 40 ? "…" + last.path().substring(last.path().length() - 39) : last.path();
        out.printf("\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(width - filled), done, total, name);
        drawn = true;
    }

    synchronized void finish() {
        if (drawn) {
            out.println();
        }
    }
}
