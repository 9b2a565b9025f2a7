package com.policyminer.parse;

import com.hankcs.hanlp.dictionary.CoreDictionary;

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
        String named = regionGroups(NAMES.correct(line, confidence, made), made);
        return listedAidItems(listedProvinces(named, confidence, made), confidence, made);
    }

    /**
     * Names of several regions written with one character each (compounds.txt, regions-extra.tsv): a misread of
     * their last character is corrected even when Tesseract was sure of it (冀 and 滇 of the seeds' serif type it
     * reads surely as 下 责 喜 豆, 演 汗 滨: it hardly knows them), because two regions' characters and then
     * one more are rarely anything else.
     */
    static final List<String> REGION_GROUPS = List.of("京津冀", "长三角", "珠三角", "粤港澳", "长株潭", "陕甘宁", "黑吉辽",
            "江浙沪", "沪苏浙", "苏浙皖", "云贵川", "湘鄂赣", "鄂湘赣", "晋陕豫");
    /**
     * Characters that follow two regions' characters as a word of their own (京津间, 京津两地, 京津等地, 京津沪):
     * never corrected into the third region's.
     */
    private static final String AFTER_TWO = "间之两三等及与和的各内外地沪塘唐区市省";

    /**
     * {@code 京津下创新} → {@code 京津冀创新}: the first two characters of a name of {@link #REGION_GROUPS} followed by a
     * Chinese character that is not its third, not a word of its own after two regions ({@link #AFTER_TWO}), does not
     * begin a word with the characters after it (京津合作, 京津两地, 京津科技: HanLP's core dictionary) and does not
     * spell another name there (京津塘) — then it is the name's third character.
     */
    static String regionGroups(String line, List<Correction> made) {
        StringBuilder out = new StringBuilder(line);
        for (String name : REGION_GROUPS) {
            String head = name.substring(0, 2);
            for (int i = line.indexOf(head); i >= 0 && i + 2 < line.length(); i = line.indexOf(head, i + 1)) {
                char read = line.charAt(i + 2);
                if (read == name.charAt(2) || !Names.han(read) || AFTER_TWO.indexOf(read) >= 0 || SUFFIXES.indexOf(read) >= 0
                        || beginsWord(line, i + 2) || NAMES.beginsName(line, i) || NAMES.endsName(line, i + 2)) {
                    continue;
                }
                out.setCharAt(i + 2, name.charAt(2));
                made.add(new Correction(i, line.substring(i, i + 3), name));
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code at} and one to three after it are a word of HanLP's core dictionary. */
    static boolean beginsWord(String line, int at) {
        for (int n = 2; n <= 4 && at + n <= line.length(); n++) {
            if (CoreDictionary.contains(line.substring(at, at + n))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a character and the one before it are a word of HanLP's core dictionary (建设 of 建设西兰). */
    static boolean endsWord(String line, int at) {
        return at > 0 && Names.han(line.charAt(at - 1)) && CoreDictionary.contains(line.substring(at - 1, at + 1));
    }

    /**
     * Aid to a province in a verb and its short name (compounds.txt: 援疆 names 新疆, 支宁 宁夏, 入滇 云南); they come in lists
     * (科技援疆、援藏、援青、支宁、兴蒙、入滇).
     */
    static final Set<String> AID_ITEMS = Set.of("援疆", "援藏", "援青", "支宁", "兴蒙", "入滇", "入黔", "援滇", "援黔");

    /** An item of a list of {@link #AID_ITEMS} read with one unsure character, and the items it could be. */
    record Doubt(int at, int unsure, List<String> items) {
    }

    /**
     * The two-character items of a list of aid items (a 、 between it and an aid item as read; the list's first item
     * may follow its verb's object, 科技援疆, and its last run on, 入滇和) that are no aid item
     * themselves, with one character Tesseract was unsure of, and the aid items they could be: those that have the
     * other character where it is and are not in the list already (援藏、援绪 is 援疆, 援滇 or 援黔).
     */
    static List<Doubt> aidItemDoubts(String line, float[] confidence) {
        List<Doubt> doubts = new ArrayList<>();
        for (int i = 0; i + 1 < line.length(); i++) {
            String read = line.substring(i, i + 2);
            if (!Names.han(read.charAt(0)) || !Names.han(read.charAt(1)) || AID_ITEMS.contains(read)) {
                continue;
            }
            String before = i >= 3 && line.charAt(i - 1) == '、' ? line.substring(i - 3, i - 1) : "";
            String after = i + 5 <= line.length() && line.charAt(i + 2) == '、' ? line.substring(i + 3, i + 5) : "";
            int unsure = confidence[i] < UNSURE ? i : confidence[i + 1] < UNSURE ? i + 1 : -1;
            if (!(AID_ITEMS.contains(before) || AID_ITEMS.contains(after)) || unsure < 0
                    || confidence[i] < UNSURE && confidence[i + 1] < UNSURE) {
                continue;
            }
            int k = unsure - i;
            List<String> items = AID_ITEMS.stream().filter(a -> a.charAt(1 - k) == read.charAt(1 - k) && !line.contains(a + "、")
                    && !line.contains("、" + a)).sorted().toList();
            if (!items.isEmpty()) {
                doubts.add(new Doubt(i, unsure, items));
            }
        }
        return doubts;
    }

    /** The items of a list of aid items that can be only one aid item (文宁 → 支宁), corrected; the others are read again ({@link ListItemRereading}). */
    static String listedAidItems(String line, float[] confidence, List<Correction> made) {
        StringBuilder out = new StringBuilder(line);
        for (Doubt d : aidItemDoubts(line, confidence)) {
            if (d.items().size() == 1) {
                out.setCharAt(d.unsure(), d.items().get(0).charAt(d.unsure() - d.at()));
                made.add(new Correction(d.at(), line.substring(d.at(), d.at() + 2), d.items().get(0)));
            }
        }
        return out.toString();
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
                        && SUFFIXES.indexOf(fills.iterator().next()) < 0 && !(i == spelt[0] && endsWord(line, i))) {
                    String read = out.substring(spelt[0], spelt[0] + spelt[1]);
                    out.setCharAt(i, fills.iterator().next());
                    made.add(new Correction(i, read, out.substring(spelt[0], spelt[0] + spelt[1])));
                }
            }
            return out.toString();
        }

        /** Whether a name of the list starts at {@code from} (京津塘 of 京津塘高速). */
        boolean beginsName(String line, int from) {
            for (int len = MIN; len <= longest && from + len <= line.length(); len++) {
                if (names.contains(line.substring(from, from + len))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a name of the list that starts before {@code end - 2} ends at {@code end} (粤港澳 of 粤港澳大湾区: not 港澳台). */
        boolean endsName(String line, int end) {
            for (int len = MIN; len <= longest && end - len >= 0; len++) {
                if (names.contains(line.substring(end - len, end))) {
                    return true;
                }
            }
            return false;
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
