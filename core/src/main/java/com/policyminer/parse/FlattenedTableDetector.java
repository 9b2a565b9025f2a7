package com.policyminer.parse;

import com.policyminer.model.Table;
import com.policyminer.model.TableCell;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds tables that a converter flattened to one cell per line: every cell line starts with a
 * tab, the cells of one row are consecutive lines, rows are separated by one blank line, and an
 * empty cell (a row continuing the group above) is a line holding only the tab. The header is
 * the first row. A run counts as a table when it has at least two rows of the same width (two
 * cells or more).
 */
final class FlattenedTableDetector {

    private FlattenedTableDetector() {
    }

    /** Tables found in {@code text}, in reading order; the caption is left empty for the caller. */
    static List<Table> detect(String text) {
        List<Table> tables = new ArrayList<>();
        List<int[]> lines = TextLines.of(text);
        int i = 0;
        while (i < lines.size()) {
            List<List<TableCell>> rows = new ArrayList<>();
            int j = i;
            while (j < lines.size()) {
                int k = j;
                List<TableCell> row = new ArrayList<>();
                while (k < lines.size() && isCellLine(text, lines.get(k))) {
                    row.add(cell(text, lines.get(k)));
                    k++;
                }
                if (row.size() < 2 || !rows.isEmpty() && row.size() != rows.get(0).size()) {
                    break;
                }
                rows.add(row);
                j = k;
                if (j < lines.size() && isBlank(text, lines.get(j))) {
                    j++; // the blank line between rows
                }
            }
            if (rows.size() >= 2 && hasContent(rows)) {
                int start = lines.get(i)[0];
                List<TableCell> last = rows.get(rows.size() - 1);
                int end = lines.get(lineOf(lines, last.get(last.size() - 1)))[1];
                tables.add(new Table(start, end, "", rows));
                i = lineOf(lines, last.get(last.size() - 1)) + 1;
            } else {
                i++;
            }
        }
        return tables;
    }

    private static boolean hasContent(List<List<TableCell>> rows) {
        return rows.stream().flatMap(List::stream).filter(c -> !c.text().isEmpty()).count() >= 4;
    }

    private static boolean isCellLine(String text, int[] line) {
        return line[1] > line[0] && text.charAt(line[0]) == '\t'
                && text.substring(line[0] + 1, line[1]).indexOf('\t') < 0;
    }

    private static boolean isBlank(String text, int[] line) {
        return text.substring(line[0], line[1]).isEmpty();
    }

    private static TableCell cell(String text, int[] line) {
        String raw = text.substring(line[0] + 1, line[1]);
        String t = raw.strip();
        int off = line[0] + 1 + (t.isEmpty() ? 0 : raw.indexOf(t.charAt(0)));
        return new TableCell(t, off, off + t.length());
    }

    private static int lineOf(List<int[]> lines, TableCell cell) {
        for (int k = 0; k < lines.size(); k++) {
            if (cell.start() >= lines.get(k)[0] && cell.start() <= lines.get(k)[1]) {
                return k;
            }
        }
        throw new IllegalStateException("cell outside text: " + cell);
    }

}
