package com.policyminer.parse;

import com.policyminer.model.Table;
import com.policyminer.model.TableCell;
import com.policyminer.model.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the structure of plain text kept verbatim: each non-blank line is a paragraph; runs of
 * consecutive lines holding tab characters, or vertical bars (a table as a web page or converter writes it
 * in text), are a table whose cells are the separated fields (empty cells are kept, so columns stay aligned).
 */
final class PlainTextStructure {

    private static final Pattern CAPTION = Pattern.compile("^\\s*(表|Table\\s*)\\s*\\d+.*");

    final List<TextBlock> blocks = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();

    PlainTextStructure(String text) {
        List<int[]> lines = TextLines.of(text);
        List<Table> flattened = FlattenedTableDetector.detect(text);
        String lastCaption = "";
        int i = 0;
        while (i < lines.size()) {
            int[] l = lines.get(i);
            String line = text.substring(l[0], l[1]);
            Table flat = startingAt(flattened, l[0]);
            if (flat != null) { // one cell per line: see FlattenedTableDetector
                blocks.add(new TextBlock(TextBlock.Kind.TABLE, flat.start(), flat.end()));
                tables.add(new Table(flat.start(), flat.end(), lastCaption, flat.rows()));
                lastCaption = "";
                while (i < lines.size() && lines.get(i)[0] <= flat.end()) {
                    i++;
                }
                continue;
            }
            if (isTableRow(line)) {
                int j = i;
                List<List<TableCell>> rows = new ArrayList<>();
                int last = i;
                while (j < lines.size()) {
                    String lj = text.substring(lines.get(j)[0], lines.get(j)[1]);
                    if (isTableRow(lj)) {
                        if (!isSeparatorRow(lj)) {
                            rows.add(cells(text, lines.get(j)[0], lines.get(j)[1]));
                        }
                        last = j;
                    } else if (!(lj.isBlank() && j + 1 < lines.size()
                            && isTableRow(text.substring(lines.get(j + 1)[0], lines.get(j + 1)[1])))) {
                        break; // a single blank line inside a table does not end it
                    }
                    j++;
                }
                j = last + 1;
                if (rows.size() >= 2) {
                    int start = lines.get(i)[0];
                    int end = lines.get(j - 1)[1];
                    blocks.add(new TextBlock(TextBlock.Kind.TABLE, start, end));
                    tables.add(new Table(start, end, lastCaption, rows));
                    lastCaption = "";
                    i = j;
                    continue;
                }
            }
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                int a = l[0] + line.indexOf(trimmed.charAt(0));
                blocks.add(new TextBlock(TextBlock.Kind.PARAGRAPH, a, a + trimmed.length()));
                if (CAPTION.matcher(trimmed).matches() && trimmed.length() < 120) {
                    lastCaption = trimmed;
                }
            }
            i++;
        }
    }

    private static Table startingAt(List<Table> tables, int offset) {
        return tables.stream().filter(t -> t.start() == offset).findFirst().orElse(null);
    }

    private static boolean isTableRow(String line) {
        return isTabRow(line) || isPipeRow(line);
    }

    /**
     * A row of a table written with vertical bars, as web pages and converters render one in text
     * ("地区生产总值 | 617.50 | 5.2 |", "| 指标 | 2022年 |"): two bars or more and two cells with text. A Markdown
     * separator row ("|---|:---:|") belongs to the table and is left out of its rows.
     */
    private static boolean isPipeRow(String line) {
        if (line.indexOf('\t') >= 0) {
            return false;
        }
        int bars = 0;
        int filled = 0;
        for (String cell : line.split("\\|", -1)) {
            filled += cell.isBlank() ? 0 : 1;
        }
        for (int k = 0; k < line.length(); k++) {
            bars += line.charAt(k) == '|' ? 1 : 0;
        }
        return bars >= 2 && (filled >= 2 || isSeparatorRow(line));
    }

    private static boolean isSeparatorRow(String line) {
        return line.contains("|") && line.contains("-") && line.strip().chars().allMatch(c -> "|-: ".indexOf(c) >= 0);
    }

    private static boolean isTabRow(String line) {
        int tab = line.indexOf('\t');
        return tab >= 0 && line.strip().length() > 0 && line.indexOf('\t', tab + 1) >= 0
                || tab > 0 && line.substring(tab + 1).strip().length() > 0;
    }

    private static List<TableCell> cells(String text, int start, int end) {
        List<TableCell> out = new ArrayList<>();
        boolean tabs = text.substring(start, end).indexOf('\t') >= 0;
        char separator = tabs ? '\t' : '|';
        if (!tabs) {
            int last = end;
            while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            end = last > start && text.charAt(last - 1) == '|' ? last - 1 : end; // the closing bar ends the row
        }
        int a = start;
        for (int k = start; k <= end; k++) {
            if (k == end || text.charAt(k) == separator) {
                String raw = text.substring(a, k);
                String t = raw.strip();
                int off = t.isEmpty() ? a : a + raw.indexOf(t.charAt(0));
                out.add(new TableCell(t, off, off + t.length()));
                a = k + 1;
            }
        }
        return out;
    }

}
