package com.policyminer.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal; Chinese characters count as two columns. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxWidth;

    TextTable(int maxWidth, String... header) {
        this.header = List.of(header);
        this.maxWidth = maxWidth;
    }

    void add(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c == null ? "" : c.toString().replace('\n', ' '));
        }
        rows.add(row);
    }

    @Override
    public String toString() {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < r.size() && i < widths.length; i++) {
                widths[i] = Math.min(maxWidth, Math.max(widths[i], width(r.get(i))));
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> r : all) {
            for (int i = 0; i < widths.length; i++) {
                String cell = clip(i < r.size() ? r.get(i) : "", widths[i]);
                b.append(cell).append(" ".repeat(Math.max(0, widths[i] - width(cell))));
                b.append(i + 1 < widths.length ? "  " : "");
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 && (s.charAt(i) < 0xFF61 || s.charAt(i) > 0xFFDC) ? 2 : 1;
        }
        return w;
    }

    private static String clip(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && width(b.toString()) + width(String.valueOf(s.charAt(i))) < max; i++) {
            b.append(s.charAt(i));
        }
        return b.append('…').toString();
    }
}
