package com.policyminer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The layout of a generated report for its PDF rendition: the first line is the title, a short
 * line without sentence punctuation is a heading, a run of four or more such lines is a table
 * (the generator's reports carry the seeds' table cells as one short line each, their grid lost,
 * so they are set two to four to a row), every other line a paragraph.
 */
record ReportBlocks(String title, List<Block> blocks) {

    enum Kind { HEADING, PARAGRAPH, TABLE }

    /** A heading or paragraph (one cell), or a table: cells in rows of {@code columns}, the last row padded with empty cells. */
    record Block(Kind kind, List<String> cells, int columns) {
        Block {
            cells = List.copyOf(cells);
        }

        List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < cells.size(); i += columns) {
                List<String> row = new ArrayList<>(cells.subList(i, Math.min(cells.size(), i + columns)));
                while (row.size() < columns) {
                    row.add("");
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static final int SHORT = 24;
    static final int MIN_TABLE_CELLS = 4;
    private static final Pattern SENTENCE = Pattern.compile("[。；，,;：:！？!?]");

    static ReportBlocks of(String report) {
        List<String> lines = report.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return new ReportBlocks("", List.of());
        }
        List<Block> blocks = new ArrayList<>();
        int i = 1;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && cellLike(lines.get(j))) {
                j++;
            }
            int run = j - i;
            if (run >= MIN_TABLE_CELLS) {
                blocks.add(new Block(Kind.TABLE, lines.subList(i, j), run >= 12 ? 4 : run >= 6 ? 3 : 2));
                i = j;
            } else if (run > 0) {
                blocks.add(new Block(Kind.HEADING, List.of(lines.get(i)), 1));
                i++;
            } else {
                blocks.add(new Block(Kind.PARAGRAPH, List.of(lines.get(i)), 1));
                i++;
            }
        }
        return new ReportBlocks(lines.get(0), blocks);
    }

    /** A short line with no sentence punctuation: a heading, or a table cell the generator set on a line of its own. */
    static boolean cellLike(String line) {
        return line.codePointCount(0, line.length()) <= SHORT && !SENTENCE.matcher(line).find();
    }

    long tables() {
        return blocks.stream().filter(b -> b.kind() == Kind.TABLE).count();
    }
}
