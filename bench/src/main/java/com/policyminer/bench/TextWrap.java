package com.policyminer.bench;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks text into lines that fit a width, with the advance widths of a TrueType font: anywhere
 * between Chinese characters, between words and numbers of Latin text (61.21 or R&amp;D stay whole
 * unless wider than the line), never before closing punctuation (it hangs at the line end, as
 * office suites set it). Characters the font has no glyph for are left out and counted.
 */
final class TextWrap {

    private static final String NO_LINE_START = "，。、；：？！）》」』”’%…,.;:?!)]";

    private final CmapLookup cmap;
    private final TrueTypeFont font;
    private final float unitsPerEm;
    private final Map<Integer, Float> widths = new HashMap<>(); // per 1 pt of font size; -1: no glyph
    private long missing;

    TextWrap(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
    }

    /** Code points left out so far because the font has no glyph for them. */
    long missing() {
        return missing;
    }

    /** The text with tabs and other white space as spaces, and the characters the font lacks left out. */
    String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                b.append(' ');
            } else if (width(cp) >= 0) {
                b.appendCodePoint(cp);
            } else {
                missing++;
            }
        });
        return b.toString();
    }

    /** Width of printable text in points at {@code size}. */
    float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Math.max(0, width(cp));
            i += Character.charCount(cp);
        }
        return w * size;
    }

    /** Lines of printable {@code text} at {@code size}: the first at most {@code first} points wide, the others {@code rest}. */
    List<String> lines(String text, float size, float first, float rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int end = tokenEnd(text, i);
            String token = text.substring(i, end);
            float w = width(token, size);
            float max = out.isEmpty() ? first : rest;
            boolean hangs = NO_LINE_START.indexOf(token.charAt(0)) >= 0;
            if (used + w > max && !hangs && w > rest && token.length() > 1) {
                end = i + Character.charCount(text.codePointAt(i)); // a word wider than a line: break it anywhere
                token = text.substring(i, end);
                w = width(token, size);
            }
            if (used + w > max && line.length() > 0 && !hangs) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
                if (token.isBlank()) {
                    i = end;
                    continue;
                }
            }
            line.append(token);
            used += w;
            i = end;
        }
        if (!line.toString().isBlank()) {
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    /** End of the token at {@code i}: a run of Latin letters, digits and number punctuation, or one code point. */
    private static int tokenEnd(String text, int i) {
        int j = i;
        while (j < text.length() && latin(text.charAt(j))) {
            j++;
        }
        return j > i ? j : i + Character.charCount(text.codePointAt(i));
    }

    private static boolean latin(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '&' || c == '%' || c == '-' || c == '/' || c == '\'');
    }

    private float width(int cp) {
        Float w = widths.get(cp);
        if (w == null) {
            try {
                int gid = cmap.getGlyphId(cp);
                w = gid == 0 || Character.isISOControl(cp) ? -1f : font.getAdvanceWidth(gid) / unitsPerEm;
            } catch (IOException e) {
                w = -1f;
            }
            widths.put(cp, w);
        }
        return w;
    }
}
