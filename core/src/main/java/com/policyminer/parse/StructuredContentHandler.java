package com.policyminer.parse;

import com.policyminer.model.TextBlock;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.Set;

/**
 * Receives Tika's XHTML events and keeps paragraphs, headings, list items and tables (rows and
 * cells) in reading order. Layout repair ({@link TextRepair}) is applied per block when asked,
 * which is what PDF output needs.
 */
final class StructuredContentHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "blockquote", "pre", "dt", "dd", "title", "section", "article", "caption");
    private static final Set<String> SKIP = Set.of("script", "style", "head", "noscript", "template");

    private final StructuredTextBuilder out;
    private final boolean repairLayout;
    private final StringBuilder pending = new StringBuilder();
    private String pendingKind = "p";
    private int skipDepth;
    private int tableDepth;
    private boolean inCell;
    private final StringBuilder cell = new StringBuilder();
    private final java.util.Map<String, DocxImages.Text> imageTexts;
    private final java.util.List<com.policyminer.model.OcrBlocks.Block> ocrBlocks = new java.util.ArrayList<>();

    StructuredContentHandler(StructuredTextBuilder out, boolean repairLayout) {
        this(out, repairLayout, java.util.Map.of());
    }

    /** A handler that puts the OCR'd text of embedded images ({@link DocxImages}) where each image is. */
    StructuredContentHandler(StructuredTextBuilder out, boolean repairLayout, java.util.Map<String, DocxImages.Text> imageTexts) {
        this.out = out;
        this.repairLayout = repairLayout;
        this.imageTexts = imageTexts;
    }

    /** The blocks made of images' OCR'd text, with their confidence, in document order. */
    java.util.List<com.policyminer.model.OcrBlocks.Block> ocrBlocks() {
        return ocrBlocks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName.toLowerCase() : localName.toLowerCase();
        if (SKIP.contains(name)) {
            skipDepth++;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        switch (name) {
            case "table" -> {
                flush();
                if (tableDepth++ == 0) {
                    out.startTable();
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    out.startRow();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1) {
                    inCell = true;
                    cell.setLength(0);
                }
            }
            case "br" -> append("\u2028");
            case "img" -> image(atts.getValue("src"));
            default -> {
                if (BLOCKS.contains(name) && tableDepth == 0) {
                    flush();
                    pendingKind = name;
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName.toLowerCase() : localName.toLowerCase();
        if (SKIP.contains(name)) {
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        switch (name) {
            case "table" -> {
                if (--tableDepth == 0) {
                    out.endTable();
                }
                tableDepth = Math.max(0, tableDepth);
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    out.endRow();
                }
            }
            case "td", "th" -> {
                if (tableDepth == 1 && inCell) {
                    out.addCell(repair(cell.toString()).replace('\n', ' '));
                    inCell = false;
                }
            }
            default -> {
                if (BLOCKS.contains(name) && tableDepth == 0) {
                    flush();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        append(new String(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        flush();
        out.endTable();
    }

    /**
     * An embedded image whose text was OCR'd: its paragraphs and tables, laid out as a scanned page's
     * (inside a table cell: its text appended to the cell's, unflagged).
     */
    private void image(String src) {
        DocxImages.Text t = src == null || !src.startsWith("embedded:") ? null : imageTexts.get(src.substring("embedded:".length()));
        if (t == null) {
            return;
        }
        if (inCell || tableDepth > 0) {
            append(" " + t.inline() + " ");
            return;
        }
        flush();
        out.endTable();
        int start = out.length();
        t.write(out);
        int end = Math.max(start, out.length() - 1); // before the last block's newline
        if (end > start) {
            ocrBlocks.add(new com.policyminer.model.OcrBlocks.Block(start, end, t.confidence()));
        }
    }

    private void append(String s) {
        if (inCell) {
            cell.append(s);
        } else if (tableDepth == 0) {
            pending.append(s);
        }
    }

    private void flush() {
        if (pending.length() == 0) {
            return;
        }
        String raw = pending.toString();
        pending.setLength(0);
        TextBlock.Kind kind = switch (pendingKind) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "title" -> TextBlock.Kind.HEADING;
            case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
            default -> TextBlock.Kind.PARAGRAPH;
        };
        String repaired = repair(raw);
        if (kind == TextBlock.Kind.PARAGRAPH && repaired.indexOf('\n') >= 0) {
            for (String line : repaired.split("\n")) {
                out.addBlock(kind, line);
            }
        } else {
            out.addBlock(kind, repaired.replace('\n', ' '));
        }
    }

    private String repair(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        if (repairLayout) {
            s = TextRepair.joinBrokenLines(TextRepair.removeSpacesBetweenCjk(TextRepair.collapseLetterSpacing(s)));
        } else {
            s = TextRepair.removeSpacesBetweenCjk(s.replaceAll("[\\s&&[^\u2028]]+", " "));
        }
        return s.replace('\u2028', '\n');
    }
}
