package com.policyminer.parse;

import com.policyminer.parse.PdfPageReader.Ruling;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parts of a scan read a second time without Tesseract's English model: its tables, and lines of a
 * Chinese page it read as Latin letters. With the English model, short Chinese text in a table's cells
 * — above all the units in brackets of a header cell, set small under the column's name — comes out as
 * Latin letters ({@code （人）} → {@code (AD}, {@code （件）} → {@code (CFP)}, {@code 11} → {@code ul},
 * {@code 杭州} → {@code BUN}), and a column of numbers without its unit is a column of unitless values;
 * now and then a whole line of body text goes the same way ({@code 2012年以来，我国提出了京津冀协同发展、}
 * → {@code 2012 4F DOK, FREEH FSP AR,}). Read alone with {@code chi_sim} the same places were right on
 * the seeds' scans, but its digits were worse ({@code 269 908} → {@code 2609 908}): so a word of the
 * first reading is replaced only when it holds Latin letters and the second reading of its place holds
 * none. A table is three or more horizontal rules that start and end at the same places (a ruled table,
 * or a three-line table); each word replaced is recorded as a correction (what was read → what replaced
 * it), as place names are.
 */
final class ScanRereading {

    /** Rules of one table start and end within this many pixels of each other. */
    private static final float SAME_EDGE = 12;
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private ScanRereading() {
    }

    /**
     * The languages to read parts of a page with a second time: the page's without {@code eng}; null when that
     * leaves nothing or changes nothing (no second reading).
     */
    static String languages(String pageLanguages) {
        List<String> kept = new ArrayList<>();
        for (String l : pageLanguages.split("\\+")) {
            if (!l.equals("eng") && !l.isBlank()) {
                kept.add(l);
            }
        }
        String out = String.join("+", kept);
        return out.isEmpty() || out.equals(pageLanguages) ? null : out;
    }

    /**
     * The page's tables in image pixels: for each set of three or more horizontal rules that start and
     * end at the same places, the area from the first to the last (their own pixels left out).
     */
    static List<Rectangle> tables(List<Ruling> rulings) {
        List<Ruling> across = new ArrayList<>(rulings.stream().filter(Ruling::horizontal)
                .sorted(Comparator.comparingDouble(Ruling::y1)).toList());
        List<Rectangle> tables = new ArrayList<>();
        while (!across.isEmpty()) {
            Ruling first = across.remove(0);
            List<Ruling> table = new ArrayList<>(List.of(first));
            across.removeIf(r -> Math.abs(r.x1() - first.x1()) <= SAME_EDGE && Math.abs(r.x2() - first.x2()) <= SAME_EDGE && table.add(r));
            int top = (int) Math.ceil(first.y1()) + 2;
            int bottom = (int) Math.floor(table.get(table.size() - 1).y1()) - 2;
            if (table.size() >= 3 && bottom - top >= 16) {
                int left = (int) Math.floor(first.x1());
                tables.add(new Rectangle(left, top, (int) Math.ceil(first.x2()) - left, bottom - top));
            }
        }
        return tables;
    }

    /**
     * The lines of a page of Chinese text (more Chinese characters than Latin letters) that are mostly
     * Latin letters in three or more words: the English model's reading of a Chinese line. Each as its
     * box in image pixels, a few pixels larger.
     */
    static List<Rectangle> garbled(List<Tesseract.Line> lines) {
        long han = 0;
        long latin = 0;
        for (Tesseract.Line l : lines) {
            for (Tesseract.Word w : l.words()) {
                han += w.text().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
                latin += LATIN.matcher(w.text()).results().count();
            }
        }
        List<Rectangle> out = new ArrayList<>();
        if (han <= latin) {
            return out;
        }
        for (Tesseract.Line l : lines) {
            long letters = 0;
            long chars = 0;
            int latinWords = 0;
            for (Tesseract.Word w : l.words()) {
                long n = LATIN.matcher(w.text()).results().count();
                letters += n;
                chars += w.text().length();
                latinWords += n > 0 ? 1 : 0;
            }
            if (latinWords >= 3 && letters * 2 > chars) {
                int pad = Math.max(4, l.height() / 4);
                out.add(new Rectangle(l.left() - pad, l.top() - pad, l.width() + 2 * pad, l.height() + 2 * pad));
            }
        }
        return out;
    }

    /**
     * The page's lines with the stray quotes of a part (a table, a misread line) taken out and the part's
     * words that hold Latin letters replaced by the second reading of their place ({@code again}, in
     * page pixels) when that holds none; the replacements are added to {@code made}. A first reading's
     * word that a replacement covers goes too (no text twice).
     */
    static List<Tesseract.Line> better(List<Tesseract.Line> lines, Rectangle part, List<Tesseract.Line> again,
            List<OcrPlaceNames.Correction> made) {
        again = withoutStrayQuotes(again);
        lines = lines.stream().map(l -> l.words().stream().anyMatch(w -> inside(w, part)) ? withoutStrayQuotes(List.of(l)) : List.of(l))
                .flatMap(List::stream).toList();
        List<Tesseract.Word> second = again.stream().flatMap(l -> l.words().stream()).toList();
        Set<Tesseract.Word> taken = new LinkedHashSet<>();
        Set<Tesseract.Word> replaced = new LinkedHashSet<>();
        for (Tesseract.Line l : lines) {
            for (Tesseract.Word w : l.words()) {
                if (!inside(w, part) || !LATIN.matcher(w.text()).find()) {
                    continue;
                }
                List<Tesseract.Word> there = second.stream().filter(a -> overlap(a, w)).toList();
                if (!there.isEmpty() && there.stream().noneMatch(a -> LATIN.matcher(a.text()).find())) {
                    replaced.add(w);
                    taken.addAll(there);
                }
            }
        }
        if (taken.isEmpty()) {
            return lines;
        }
        List<Tesseract.Line> out = new ArrayList<>();
        Set<Tesseract.Word> placed = new LinkedHashSet<>();
        for (Tesseract.Line l : lines) { // each replacement in its place in the first reading's line: its baseline, its order
            List<Tesseract.Word> words = new ArrayList<>();
            for (Tesseract.Word w : l.words()) {
                boolean gone = replaced.contains(w) || inside(w, part) && taken.stream().anyMatch(a -> overlap(a, w));
                if (!gone) {
                    words.add(w);
                    continue;
                }
                replaced.add(w);
                taken.stream().filter(a -> overlap(a, w) && placed.add(a)).sorted(Comparator.comparingInt(Tesseract.Word::left))
                        .forEach(words::add);
            }
            if (words.equals(l.words())) {
                out.add(l);
            } else if (!words.isEmpty()) {
                out.add(new Tesseract.Line(l.left(), l.top(), l.width(), l.height(), List.copyOf(words)));
            }
        }
        for (Tesseract.Word w : replaced) {
            List<Tesseract.Word> by = taken.stream().filter(a -> overlap(a, w)).toList();
            made.add(new OcrPlaceNames.Correction(0, text(List.of(w)), text(by)));
        }
        return out;
    }

    /**
     * The lines without the quotation marks that no other closes or opens on their line: in a table they
     * are a cell's edge or a stroke read as a quote ({@code 总值（元）”}, {@code “美国}), and a unit
     * with a quote after it is no longer a unit of its column. A paired quote (“十四五”) stays.
     */
    static List<Tesseract.Line> withoutStrayQuotes(List<Tesseract.Line> lines) {
        List<Tesseract.Line> out = new ArrayList<>();
        for (Tesseract.Line l : lines) {
            StringBuilder all = new StringBuilder();
            l.words().forEach(w -> all.append(w.text()));
            boolean[] stray = strayQuotes(all);
            List<Tesseract.Word> words = new ArrayList<>();
            int at = 0;
            for (Tesseract.Word w : l.words()) {
                StringBuilder kept = new StringBuilder();
                for (int k = 0; k < w.text().length(); k++) {
                    if (!stray[at + k]) {
                        kept.append(w.text().charAt(k));
                    }
                }
                at += w.text().length();
                if (kept.length() == w.text().length()) {
                    words.add(w);
                } else if (!kept.isEmpty()) {
                    words.add(new Tesseract.Word(kept.toString(), w.left(), w.top(), w.width(), w.height(), w.confidence(), w.line()));
                }
            }
            if (!words.isEmpty()) {
                out.add(new Tesseract.Line(l.left(), l.top(), l.width(), l.height(), List.copyOf(words)));
            }
        }
        return out;
    }

    private static boolean[] strayQuotes(CharSequence s) {
        boolean[] stray = new boolean[s.length()];
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                if (open >= 0) {
                    stray[open] = true;
                }
                open = i;
            } else if (c == '”') {
                if (open >= 0) {
                    open = -1;
                } else {
                    stray[i] = true;
                }
            }
        }
        if (open >= 0) {
            stray[open] = true;
        }
        return stray;
    }

    /** The words as a line's text is repaired ({@link OcrText#repair}): what the correction shows. */
    private static String text(List<Tesseract.Word> words) {
        return OcrText.repair(OcrText.joinWords(words.stream().map(Tesseract.Word::text).toList()))
                .replace(String.valueOf(OcrText.DROPPED), "");
    }

    private static boolean inside(Tesseract.Word w, Rectangle part) {
        return part.contains(w.left() + w.width() / 2.0, w.top() + w.height() / 2.0);
    }

    /** Two words over the same place: they overlap across by half the narrower one, and down by half the lower one. */
    private static boolean overlap(Tesseract.Word a, Tesseract.Word b) {
        int across = Math.min(a.left() + a.width(), b.left() + b.width()) - Math.max(a.left(), b.left());
        int down = Math.min(a.top() + a.height(), b.top() + b.height()) - Math.max(a.top(), b.top());
        return across * 2 >= Math.min(a.width(), b.width()) && down * 2 >= Math.min(a.height(), b.height());
    }
}
