package com.policyminer.parse;

import com.policyminer.parse.PdfPageReader.Glyph;
import com.policyminer.parse.PdfPageReader.RawPage;
import com.policyminer.parse.PdfPageReader.Ruling;

import java.util.ArrayList;
import java.util.List;

/**
 * An OCR'd page as the PDF reader's own raw page: each recognized character becomes a glyph (its
 * word's box shared evenly among the word's characters, on its line's baseline, in the line's type
 * size), the rules found in the image become rulings. So lines, tables, running headers, paragraphs
 * and the page map come from the same code as for a born-digital page.
 */
final class OcrPage {

    /** Font name of OCR glyphs: one typeface, so a change of font never ends an OCR paragraph. */
    static final String FONT = "OCR";

    /**
     * The page as raw glyphs, the mean confidence (0–1) of its characters (NaN: no text found), and
     * the place names corrected in it ({@link OcrPlaceNames}: what was read → the name).
     */
    record Read(RawPage page, double confidence, int characters, List<OcrPlaceNames.Correction> corrections) {
    }

    private OcrPage() {
    }

    /**
     * @param scale points per image pixel (72 / dpi)
     */
    static Read of(int number, float width, float height, List<Tesseract.Line> lines, List<Ruling> pixelRulings, float scale) {
        return of(number, width, height, lines, pixelRulings, scale, List.of());
    }

    /**
     * @param scale   points per image pixel (72 / dpi)
     * @param earlier corrections made to {@code lines} before (the words of a table read again, {@link ScanRereading})
     */
    static Read of(int number, float width, float height, List<Tesseract.Line> lines, List<Ruling> pixelRulings, float scale,
            List<OcrPlaceNames.Correction> earlier) {
        float body = bodySize(lines, scale);
        List<Glyph> glyphs = new ArrayList<>();
        List<OcrPlaceNames.Correction> corrections = new ArrayList<>(earlier);
        double confidence = 0;
        int chars = 0;
        for (Tesseract.Line line : lines) {
            String text = text(line);
            float[] sure = confidences(line, text.length());
            text = OcrPlaceNames.correct(OcrText.percentAsNinetySix(text, sure), sure, corrections); // and again
            float size = snap(lineSize(line, scale), body);
            float baseline = (line.top() + line.height()) * scale;
            int at = 0;
            for (Tesseract.Word w : line.words()) {
                if (w.text().isEmpty()) {
                    continue;
                }
                boolean space = at > 0 && text.charAt(at) == ' ';
                if (space) {
                    at++;
                }
                int n = w.text().length();
                float cw = w.width() * scale / n;
                for (int k = 0; k < n; k++) {
                    char c = text.charAt(at + k);
                    if (Character.isLowSurrogate(c) || c == OcrText.DROPPED) {
                        continue;
                    }
                    int len = Character.isHighSurrogate(c) && at + k + 1 < text.length() ? 2 : 1;
                    glyphs.add(new Glyph(text.substring(at + k, at + k + len), w.left() * scale + k * cw, w.top() * scale, cw * len,
                            w.height() * scale, baseline, size, false, space && k == 0, FONT));
                }
                at += n;
                confidence += w.confidence() * n;
                chars += n;
            }
        }
        List<Ruling> rulings = new ArrayList<>();
        for (Ruling r : pixelRulings) {
            rulings.add(new Ruling(r.x1() * scale, r.y1() * scale, r.x2() * scale, r.y2() * scale));
        }
        RawPage raw = new RawPage(number, width, height, glyphs, rulings, 0, true);
        return new Read(raw, chars == 0 ? Double.NaN : confidence / chars / 100, chars, List.copyOf(corrections));
    }

    /** A line's words joined ({@link OcrText#joinWords}) and repaired ({@link OcrText#repair}: the same length, one character for one). */
    static String text(Tesseract.Line line) {
        List<String> words = new ArrayList<>();
        for (Tesseract.Word w : line.words()) {
            words.add(w.text());
        }
        return OcrText.repair(OcrText.joinWords(words));
    }

    /** The confidence (0–100) of each character of the line's text as {@link OcrText#joinWords} joins it: its word's (a space: 100). */
    static float[] confidences(Tesseract.Line line, int length) {
        float[] c = new float[length];
        int at = 0;
        char last = 0;
        for (Tesseract.Word w : line.words()) {
            String t = w.text();
            if (t.isEmpty()) {
                continue;
            }
            if (at > 0 && OcrText.spaceBetween(last, t.charAt(0))) {
                c[at++] = 100;
            }
            for (int k = 0; k < t.length() && at < length; k++) {
                c[at++] = w.confidence();
            }
            last = t.charAt(t.length() - 1);
        }
        return c;
    }

    /** A line's type size in points: its Chinese words' height (a Chinese character fills its em), else its box height. */
    private static float lineSize(Tesseract.Line line, float scale) {
        List<Integer> heights = new ArrayList<>();
        for (Tesseract.Word w : line.words()) {
            if (!w.text().isEmpty() && OcrText.wide(w.text().charAt(0)) && Character.isIdeographic(w.text().codePointAt(0))) {
                heights.add(w.height());
            }
        }
        if (heights.isEmpty()) {
            return line.height() * scale;
        }
        int[] h = heights.stream().mapToInt(Integer::intValue).sorted().toArray();
        return h[h.length / 2] * scale / 0.92f; // a Chinese glyph's ink is about 92% of its em
    }

    /** The most common line size, weighted by characters: the page's body size. */
    private static float bodySize(List<Tesseract.Line> lines, float scale) {
        float[] sizes = new float[lines.size()];
        int[] weights = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            sizes[i] = lineSize(lines.get(i), scale);
            for (Tesseract.Word w : lines.get(i).words()) {
                weights[i] += w.text().length();
            }
        }
        float best = 0;
        int bestWeight = -1;
        for (float s : sizes) {
            int weight = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (Math.abs(sizes[i] - s) <= 0.08f * s) {
                    weight += weights[i];
                }
            }
            if (weight > bestWeight) {
                bestWeight = weight;
                best = s;
            }
        }
        return best;
    }

    /**
     * Sizes near the body size are the body size: OCR boxes vary by a pixel or two from line to line,
     * which the paragraph rules would read as a change of type; others are rounded to half points.
     */
    private static float snap(float size, float body) {
        if (body > 0 && Math.abs(size - body) <= 0.14f * body) {
            return Math.round(body * 2) / 2f;
        }
        return Math.max(1, Math.round(size * 2) / 2f);
    }
}
