package com.policyminer.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrects a place name Tesseract misspelt by one character it was unsure of: 京津豆 → 京津冀, 入演 is
 * left (two characters are too few to tell). A character is changed only when (1) Tesseract's
 * confidence in it is under {@link #UNSURE} (the misread characters of place names in the seeds'
 * scans had 0–26, the characters around them 84–93), (2) putting one other character in its place
 * spells a name of {@code ocr-place-names.txt} (official division names and the gazetteer's named
 * regions, three characters or more; made by {@code core/src/build/make-ocr-place-names.py}), (3) every
 * name it could spell there agrees on that character, (4) what was read is not a name itself, and
 * (5) the character put in is not a division's suffix (省 市 县 区 …).
 * One character for one, so the line keeps its length and every offset stays where it was; each
 * change is returned so that it can be reported.
 */
final class OcrPlaceNames {

    /** Below this confidence (0–100) a character may be corrected. */
    static final float UNSURE = 40;

    /** One change: where in the line, what was read and the name it now spells. */
    record Correction(int at, String read, String name) {
        @Override
        public String toString() {
            return read + "→" + name;
        }
    }

    private static final int MIN = 3;
    /**
     * Never written in by a correction: the word after a place name is far more often an unsure
     * character than its suffix is (兰州国家 is not 兰州市家).
     */
    private static final String SUFFIXES = "省市县区旗盟州镇乡村";
    private static final Names NAMES = Names.load("/com/policyminer/parse/ocr-place-names.txt");

    private OcrPlaceNames() {
    }

    /**
     * The line with its misspelt place names corrected, and the corrections made added to {@code made}.
     *
     * @param confidence the confidence (0–100) of each character of {@code line}
     */
    static String correct(String line, float[] confidence, List<Correction> made) {
        return NAMES.correct(line, confidence, made);
    }

    /** The names, and for each name with one character blanked out the characters that fill the blank. */
    record Names(Set<String> names, Map<String, Set<Character>> blanks, int longest) {

        static Names load(String resource) {
            List<String> names = new ArrayList<>();
            try (InputStream in = OcrPlaceNames.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String l; (l = r.readLine()) != null; ) {
                    if (!l.isBlank() && !l.startsWith("#")) {
                        names.add(l.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return of(names);
        }

        static Names of(List<String> list) {
            Map<String, Set<Character>> blanks = new HashMap<>();
            int longest = 0;
            for (String n : list) {
                if (n.length() < MIN) {
                    continue;
                }
                longest = Math.max(longest, n.length());
                for (int k = 0; k < n.length(); k++) {
                    blanks.computeIfAbsent(blank(n, k), x -> new HashSet<>()).add(n.charAt(k));
                }
            }
            return new Names(Set.copyOf(list), blanks, longest);
        }

        String correct(String line, float[] confidence, List<Correction> made) {
            StringBuilder out = new StringBuilder(line);
            for (int i = 0; i < line.length(); i++) {
                if (confidence[i] >= UNSURE || !han(line.charAt(i))) {
                    continue;
                }
                Set<Character> fills = new HashSet<>();
                int[] spelt = null;
                for (int len = MIN; len <= longest; len++) {
                    for (int from = Math.max(0, i - len + 1); from <= i && from + len <= line.length(); from++) {
                        String read = out.substring(from, from + len);
                        if (names.contains(read)) {
                            fills.add(line.charAt(i)); // a name as read: nothing to correct
                            continue;
                        }
                        Set<Character> f = blanks.get(blank(read, i - from));
                        if (f != null) {
                            fills.addAll(f);
                            if (spelt == null || len > spelt[1]) {
                                spelt = new int[] {from, len};
                            }
                        }
                    }
                }
                if (fills.size() == 1 && spelt != null && fills.iterator().next() != line.charAt(i)
                        && SUFFIXES.indexOf(fills.iterator().next()) < 0) {
                    String read = out.substring(spelt[0], spelt[0] + spelt[1]);
                    out.setCharAt(i, fills.iterator().next());
                    made.add(new Correction(i, read, out.substring(spelt[0], spelt[0] + spelt[1])));
                }
            }
            return out.toString();
        }

        private static String blank(String s, int k) {
            return s.substring(0, k) + '\u0000' + s.substring(k + 1);
        }

        private static boolean han(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }
}
