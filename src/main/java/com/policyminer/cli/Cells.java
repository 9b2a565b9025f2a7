package com.policyminer.cli;

import com.policyminer.compare.TextTable;

/** Table cells for the terminal: text cut to a width, numbers as they are. */
final class Cells {

    private Cells() {
    }

    static Object[] clip(int width, Object... cells) {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] instanceof CharSequence s ? TextTable.clip(s.toString(), width) : cells[i] == null ? "" : cells[i];
        }
        return out;
    }
}
