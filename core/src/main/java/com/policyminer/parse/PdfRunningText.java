package com.policyminer.parse;

import com.policyminer.parse.PdfLines.Line;
import com.policyminer.parse.PdfPageLayout.Item;
import com.policyminer.parse.PdfPageLayout.TextLine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what is printed on every page rather than written in the report: running headers and
 * footers (the same line at the top or bottom of most pages, page numbers aside) and page numbers
 * ({@code 3}, {@code — 3 —}, {@code - 3 -}, {@code 第3页}, {@code 第 3 页 共 12 页}, {@code 3/12},
 * {@code Page 3 of 12}). They are left out of the body and kept as metadata; a page number becomes
 * the page's printed label.
 */
final class PdfRunningText {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\-—–~·•\\s]*(?:第\\s*)?(\\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\\s*(?:页)?"
                    + "(?:\\s*[/／]\\s*\\d{1,4}|\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?[\\-—–~·•\\s]*$");
    private static final Pattern PAGE_OF = Pattern.compile("^(?:Page|page|PAGE)\\s*(\\d{1,4})(?:\\s*(?:of|/)\\s*\\d{1,4})?$");
    private static final Pattern PAGE_IN_LINE = Pattern.compile("第\\s*(\\d{1,4})\\s*页|[—–-]\\s*(\\d{1,4})\\s*[—–-]");
    /** Share of the page height at the top and at the bottom where running lines are looked for. */
    private static final float BAND = 0.13f;

    /** Lines to leave out of the body (by identity), each page's printed label, and the running header and footer seen. */
    record Result(Set<Line> running, Map<Integer, String> labels, String header, String footer) {
    }

    private PdfRunningText() {
    }

    static Result find(List<PdfPageLayout> pages) {
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> bottomCounts = new HashMap<>();
        Map<PdfPageLayout, List<Line>> tops = new IdentityHashMap<>();
        Map<PdfPageLayout, List<Line>> bottoms = new IdentityHashMap<>();
        for (PdfPageLayout p : pages) {
            List<Line> lines = lines(p);
            List<Line> top = new ArrayList<>();
            List<Line> bottom = new ArrayList<>();
            for (Line l : edgeRows(lines, true)) {
                if (l.bottom() < p.height() * BAND) {
                    top.add(l);
                }
            }
            for (Line l : edgeRows(lines, false)) {
                if (l.top() > p.height() * (1 - BAND)) {
                    bottom.add(l);
                }
            }
            tops.put(p, top);
            bottoms.put(p, bottom);
            top.stream().map(PdfRunningText::key).distinct().forEach(s -> topCounts.merge(s, 1, Integer::sum));
            bottom.stream().map(PdfRunningText::key).distinct().forEach(s -> bottomCounts.merge(s, 1, Integer::sum));
        }
        int repeated = Math.max(2, (pages.size() * 2 + 4) / 5); // on at least 40% of the pages, and two
        // printed numbers must count the pages: the most common (number - physical page) among page-number
        // lines, seen on two pages (or a document of one or two pages), so a table's "28" is not a page number
        Map<Integer, Integer> offsets = new HashMap<>();
        int romanPages = 0;
        for (PdfPageLayout p : pages) {
            for (Line l : concat(tops.get(p), bottoms.get(p))) {
                String n = pageNumber(l.text());
                if (n != null && Character.isDigit(n.charAt(0))) {
                    offsets.merge(Integer.parseInt(n) - p.number(), 1, Integer::sum);
                } else if (n != null) {
                    romanPages++;
                }
            }
        }
        Map.Entry<Integer, Integer> best = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        Integer offset = best != null && (best.getValue() >= 2 || pages.size() <= 2) ? best.getKey() : null;
        Set<Line> running = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Integer, String> labels = new HashMap<>();
        String header = null;
        String footer = null;
        for (PdfPageLayout p : pages) {
            for (int zone = 0; zone < 2; zone++) {
                List<Line> edge = zone == 0 ? tops.get(p) : bottoms.get(p);
                Map<String, Integer> counts = zone == 0 ? topCounts : bottomCounts;
                for (Line l : edge) {
                    String label = pageNumber(l.text());
                    if (label != null) {
                        boolean counts1 = Character.isDigit(label.charAt(0))
                                ? offset != null && Integer.parseInt(label) - p.number() == offset
                                : romanPages >= 2;
                        if (counts1) {
                            running.add(l);
                            labels.putIfAbsent(p.number(), label);
                        }
                        continue;
                    }
                    if (counts.getOrDefault(key(l), 0) < repeated) {
                        continue;
                    }
                    running.add(l);
                    String inLine = numberInLine(l.text());
                    if (inLine != null) {
                        labels.putIfAbsent(p.number(), inLine);
                    }
                    if (zone == 0 && header == null) {
                        header = l.text().strip();
                    } else if (zone == 1 && footer == null) {
                        footer = l.text().strip();
                    }
                }
            }
        }
        return new Result(running, labels, header, footer);
    }

    private static List<Line> concat(List<Line> a, List<Line> b) {
        List<Line> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Line> lines(PdfPageLayout p) {
        List<Line> out = new ArrayList<>();
        for (Item i : p.items()) {
            if (i instanceof TextLine t && !t.line().text().isBlank()) {
                out.add(t.line());
            }
        }
        return out;
    }

    /** The lines of the topmost (or bottommost) two rows of the page. */
    private static List<Line> edgeRows(List<Line> lines, boolean top) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> top ? Float.compare(a.top(), b.top()) : Float.compare(b.bottom(), a.bottom()));
        List<Line> out = new ArrayList<>();
        int rows = 0;
        Line rowStart = null;
        for (Line l : sorted) {
            if (rowStart == null || !l.sameRow(rowStart)) {
                if (++rows > 2) {
                    break;
                }
                rowStart = l;
            }
            out.add(l);
        }
        return out;
    }

    /** The printed page number when the whole line is one, else null. */
    static String pageNumber(String text) {
        String t = text.strip();
        Matcher m = PAGE_NUMBER.matcher(t);
        if (m.matches()) {
            return m.group(1);
        }
        m = PAGE_OF.matcher(t);
        return m.matches() ? m.group(1) : null;
    }

    private static String numberInLine(String text) {
        Matcher m = PAGE_IN_LINE.matcher(text);
        if (m.find()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        return null;
    }

    /**
     * What must repeat for a line to be running text: its shape at its height on the page (to 6 pt),
     * so that the title on page 1 is not taken for the running header that repeats it above.
     */
    private static String key(Line l) {
        return shape(l) + "@" + Math.round(l.baseline() / 6f);
    }

    /** The line with its digits and spacing ignored, so "第3页" on one page is "第4页" on the next. */
    private static String shape(Line l) {
        StringBuilder s = new StringBuilder();
        boolean digit = false;
        for (int i = 0; i < l.text().length(); i++) {
            char c = l.text().charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.isDigit(c)) {
                if (!digit) {
                    s.append('#');
                }
                digit = true;
            } else {
                s.append(c);
                digit = false;
            }
        }
        return s.toString();
    }
}
