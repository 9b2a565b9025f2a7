package com.policyminer.parse;

import com.policyminer.model.Page;
import com.policyminer.model.Table;
import com.policyminer.model.TableCell;
import com.policyminer.model.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Accumulates document text block by block and remembers where each paragraph, heading and table
 * (with its cells) sits, so the finished text and its structure share one set of offsets.
 */
final class StructuredTextBuilder {

    private static final Pattern CAPTION = Pattern.compile("^\\s*(表|Table\\s*)\\s*\\d+.*");

    private final StringBuilder text = new StringBuilder();
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final int maxChars;
    private boolean truncated;

    private int tableStart = -1;
    private List<List<TableCell>> rows;
    private List<TableCell> row;

    private final List<Page> pages = new ArrayList<>();
    private int pageNumber;
    private String pageLabel;
    private int pageStart = -1;
    private float pageWidth;
    private float pageHeight;
    private List<Page.Box> pageBoxes = new ArrayList<>();

    StructuredTextBuilder(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Adds one block (a paragraph, heading or list item) followed by a newline. Blank blocks are dropped. */
    void addBlock(TextBlock.Kind kind, String blockText) {
        addBlockAt(kind, blockText);
    }

    /**
     * Adds one block as {@link #addBlock} does and returns the offset its (trimmed) text starts at,
     * or -1 when it was blank or did not fit.
     */
    int addBlockAt(TextBlock.Kind kind, String blockText) {
        String t = TextRepair.trimBlock(blockText);
        if (t.isEmpty() || !ensureRoom(t.length())) {
            return -1;
        }
        if (tableStart >= 0) {
            endTable();
        }
        int start = text.length();
        text.append(t);
        blocks.add(new TextBlock(kind, start, text.length()));
        text.append('\n');
        return start;
    }

    /** Starts the next page (physical number {@code number}, 1-based); ends the previous one. */
    void startPage(int number, String label, float width, float height) {
        endPage();
        pageNumber = number;
        pageLabel = label;
        pageWidth = width;
        pageHeight = height;
        pageStart = text.length();
        pageBoxes = new ArrayList<>();
    }

    /** Records where a run of the current page's text is drawn. */
    void addBox(Page.Box box) {
        if (pageStart >= 0) {
            pageBoxes.add(box);
        }
    }

    /** Ends the current page, if one is open. */
    void endPage() {
        if (pageStart < 0) {
            return;
        }
        int end = Math.max(pageStart, text.length() > pageStart && text.charAt(text.length() - 1) == '\n'
                ? text.length() - 1 : text.length());
        pages.add(new Page(pageNumber, pageLabel, pageStart, end, pageWidth, pageHeight, pageBoxes));
        pageStart = -1;
    }

    /** Current length of the text: the offset the next block starts at (after its separator). */
    int length() {
        return text.length();
    }

    void startTable() {
        if (tableStart >= 0) {
            endTable();
        }
        tableStart = text.length();
        rows = new ArrayList<>();
    }

    void startRow() {
        if (tableStart < 0) {
            startTable();
        }
        row = new ArrayList<>();
    }

    /** Adds a cell to the current row; cells are separated by a tab in the text. */
    void addCell(String cellText) {
        if (row == null) {
            startRow();
        }
        String t = TextRepair.trimBlock(cellText.replace('\n', ' ').replace('\t', ' '));
        if (!ensureRoom(t.length() + 1)) {
            return;
        }
        if (!row.isEmpty()) {
            text.append('\t');
        }
        int start = text.length();
        text.append(t);
        row.add(new TableCell(t, start, text.length()));
    }

    /** The rows of the table being written (empty when none is open). */
    List<List<TableCell>> openTableRows() {
        return rows == null ? List.of() : rows;
    }

    void endRow() {
        if (row != null && !row.isEmpty()) {
            rows.add(row);
            text.append('\n');
        }
        row = null;
    }

    void endTable() {
        if (tableStart < 0) {
            return;
        }
        endRow();
        if (!rows.isEmpty()) {
            int end = Math.max(tableStart, text.length() - 1);
            blocks.add(new TextBlock(TextBlock.Kind.TABLE, tableStart, end));
            tables.add(new Table(tableStart, end, captionBefore(tableStart), rows));
        }
        tableStart = -1;
        rows = null;
    }

    private String captionBefore(int offset) {
        for (int i = blocks.size() - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
            TextBlock b = blocks.get(i);
            if (b.kind() == TextBlock.Kind.TABLE) {
                break;
            }
            String s = text.substring(b.start(), b.end());
            if (b.end() <= offset && CAPTION.matcher(s).matches() && s.length() < 120) {
                return s;
            }
        }
        return "";
    }

    private boolean ensureRoom(int n) {
        if (text.length() + n + 1 > maxChars) {
            truncated = true;
            return false;
        }
        return true;
    }

    List<Page> pages() {
        endPage();
        return pages;
    }

    boolean truncated() {
        return truncated;
    }

    String text() {
        return text.toString();
    }

    List<TextBlock> blocks() {
        return blocks;
    }

    List<Table> tables() {
        return tables;
    }
}
