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
        return listedProvinces(NAMES.correct(line, confidence, made), confidence, made);
    }

    /** The provinces' two-character short names (内蒙古 and 黑龙江, of three, are in the names list). */
    static final Set<String> PROVINCES = Set.of("北京", "天津", "河北", "山西", "辽宁", "吉林", "上海", "江苏", "浙江", "安徽", "福建",
            "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海",
            "宁夏", "新疆", "香港", "澳门", "台湾");

    /**
     * A two-character item of a list of provinces corrected: in {@code 江苏、新江、湖北} the item between
     * two 、 — or between a 、 and the list's end — that is not a province, beside an item that is one,
     * with one character Tesseract was unsure of, and not a place as read (南京, a city: 南京市), is the
     * one province it can spell with another character there (新江 → 浙江; ?西 stays: 山西, 江西, 广西
     * or 陕西). Two characters are too few to
     * correct against every place name (入滇 read as 入演 stays), but a list says what kind of name
     * its items are.
     */
    static String listedProvinces(String line, float[] confidence, List<Correction> made) {
        StringBuilder out = new StringBuilder(line);
        for (int i = 0; i + 1 < line.length(); i++) {
            if (!item(line, i, 2) || PROVINCES.contains(line.substring(i, i + 2)) || NAMES.division(line.substring(i, i + 2))) {
                continue;
            }
            boolean before = i > 0 && line.charAt(i - 1) == '、' && province(line, i - 1, true);
            boolean after = i + 2 < line.length() && line.charAt(i + 2) == '、' && province(line, i + 3, false);
            int unsure = confidence[i] < UNSURE ? i : confidence[i + 1] < UNSURE ? i + 1 : -1;
            if (!(before || after) || unsure < 0 || confidence[i] < UNSURE && confidence[i + 1] < UNSURE) {
                continue;
            }
            String read = line.substring(i, i + 2);
            int k = unsure - i; // 0 or 1: the unsure character of the two
            List<String> spelt = PROVINCES.stream().filter(p -> p.charAt(k) != read.charAt(k) && p.charAt(1 - k) == read.charAt(1 - k)).toList();
            if (spelt.size() == 1) {
                out.setCharAt(unsure, spelt.get(0).charAt(k));
                made.add(new Correction(i, read, spelt.get(0)));
            }
        }
        return out.toString();
    }

    /** Whether the {@code n} characters at {@code i} are Chinese and a list item: a 、 on one side, and the line's end or no Chinese on the other. */
    private static boolean item(String line, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (!Names.han(line.charAt(k))) {
                return false;
            }
        }
        boolean openLeft = i == 0 || !Names.han(line.charAt(i - 1)) || line.charAt(i - 1) == '、';
        boolean openRight = i + n == line.length() || !Names.han(line.charAt(i + n)) || line.charAt(i + n) == '、';
        return openLeft && openRight && (i > 0 && line.charAt(i - 1) == '、' || i + n < line.length() && line.charAt(i + n) == '、');
    }

    /** Whether a province's short name (two characters, or 内蒙古 黑龙江) ends before {@code at} (or starts at it) as a list item. */
    private static boolean province(String line, int at, boolean endsBefore) {
        for (int n = 2; n <= 3; n++) {
            int from = endsBefore ? at - n : at;
            if (from < 0 || from + n > line.length()) {
                continue;
            }
            String name = line.substring(from, from + n);
            boolean open = endsBefore ? from == 0 || !Names.han(line.charAt(from - 1)) : from + n == line.length() || !Names.han(line.charAt(from + n));
            if (open && (PROVINCES.contains(name) || name.equals("内蒙古") || name.equals("黑龙江"))) {
                return true;
            }
        }
        return false;
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

        /** Whether a short name is a division's with its suffix (南京 of 南京市, 杭州 of 杭州市): a place as read. */
        boolean division(String shortName) {
            for (int k = 0; k < SUFFIXES.length(); k++) {
                if (names.contains(shortName + SUFFIXES.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        private static String blank(String s, int k) {
            return s.substring(0, k) + '\u0000' + s.substring(k + 1);
        }

        static boolean han(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }
}
