package com.policyminer.parse;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An item of a list of aid items ({@link OcrPlaceNames#AID_ITEMS}: 援疆、援藏、援青、支宁 …) that Tesseract misread
 * with one unsure character and that could be several of them (援绪: 援疆, 援滇 or 援黔) is read again, its line
 * alone, with Tesseract allowed only the line's own characters and the items' ({@code tessedit_char_whitelist}),
 * less the unsure one: the item is corrected when that reading has exactly one of the items in its place (between
 * the characters around it). Tesseract then picks the most likely of the few characters the list allows, from the
 * image — or none, and nothing is changed (the seeds' 滇 it reads as nothing at all).
 */
final class ListItemRereading {

    /** Reads a part of the page (page pixels) with only the given characters allowed. */
    interface Reader {
        List<Tesseract.Line> read(Rectangle part, String allowed) throws ParseFailure, InterruptedException;
    }

    private ListItemRereading() {
    }

    /** The lines with the doubtful aid items the second reading settles corrected, each correction added to {@code made}. */
    static List<Tesseract.Line> better(List<Tesseract.Line> lines, Reader reader, List<OcrPlaceNames.Correction> made)
            throws ParseFailure, InterruptedException {
        List<Tesseract.Line> out = new ArrayList<>(lines);
        for (int n = 0; n < out.size(); n++) {
            Tesseract.Line line = out.get(n);
            String text = OcrPage.text(line);
            float[] sure = OcrPage.confidences(line, text.length());
            List<OcrPlaceNames.Doubt> doubts = OcrPlaceNames.aidItemDoubts(text, sure).stream().filter(d -> d.items().size() > 1).toList();
            if (doubts.isEmpty()) {
                continue;
            }
            Set<Character> allowed = new LinkedHashSet<>();
            text.chars().filter(c -> c != ' ' && c != OcrText.DROPPED).forEach(c -> allowed.add((char) c));
            doubts.forEach(d -> allowed.remove(text.charAt(d.unsure())));
            doubts.forEach(d -> d.items().forEach(i -> allowed.add(i.charAt(d.unsure() - d.at()))));
            StringBuilder chars = new StringBuilder();
            allowed.forEach(chars::append);
            int pad = Math.max(4, line.height() / 4);
            StringBuilder second = new StringBuilder();
            for (Tesseract.Line l : reader.read(new Rectangle(line.left() - pad, line.top() - pad, line.width() + 2 * pad,
                    line.height() + 2 * pad), chars.toString())) {
                second.append(OcrPage.text(l));
            }
            char[] fixed = text.toCharArray();
            for (OcrPlaceNames.Doubt d : doubts) {
                String before = d.at() > 0 ? text.substring(d.at() - 1, d.at()) : "";
                String after = d.at() + 2 < text.length() ? text.substring(d.at() + 2, d.at() + 3) : "";
                List<String> seen = d.items().stream().filter(i -> second.indexOf(before + i + after) >= 0).toList();
                if (seen.size() == 1) {
                    fixed[d.unsure()] = seen.get(0).charAt(d.unsure() - d.at());
                    made.add(new OcrPlaceNames.Correction(d.at(), text.substring(d.at(), d.at() + 2), seen.get(0)));
                }
            }
            out.set(n, withText(line, text, new String(fixed)));
        }
        return out;
    }

    /** The line with its words' characters replaced one for one by those of {@code fixed} (its text as {@link OcrPage#text}). */
    private static Tesseract.Line withText(Tesseract.Line line, String text, String fixed) {
        if (text.equals(fixed)) {
            return line;
        }
        List<Tesseract.Word> words = new ArrayList<>();
        int at = 0;
        char last = 0;
        for (Tesseract.Word w : line.words()) {
            String t = w.text();
            if (t.isEmpty()) {
                words.add(w);
                continue;
            }
            if (at > 0 && OcrText.spaceBetween(last, t.charAt(0))) {
                at++;
            }
            StringBuilder b = new StringBuilder(t);
            for (int k = 0; k < t.length() && at + k < fixed.length(); k++) {
                if (fixed.charAt(at + k) != text.charAt(at + k)) {
                    b.setCharAt(k, fixed.charAt(at + k));
                }
            }
            words.add(new Tesseract.Word(b.toString(), w.left(), w.top(), w.width(), w.height(), w.confidence(), w.line()));
            at += t.length();
            last = t.charAt(t.length() - 1);
        }
        return new Tesseract.Line(line.left(), line.top(), line.width(), line.height(), List.copyOf(words));
    }
}
