package com.policyminer.extract.org;

import com.policyminer.extract.region.Gazetteer;

import java.util.List;

/**
 * Where an organization name that ends in a known suffix starts. It reaches left over name characters
 * up to punctuation, a function character (的, 和, 在 …) or a boundary word (依托, 根据 …), steps over
 * a function character inside a known name (呼和浩特) or a bracketed place (中国（深圳）…), and then
 * requires a proper head: a place, a listed body, or 中国/国家/首都 … as the suffix's head rule says.
 */
final class NameSpan {

    private static final int MAX_NAME = 24;
    private static final String STOP_CHARS = "的和与及在由是为对向从将把被于了以并或跟给让使到也而又就但其该此这那个";
    private static final List<String> LEVEL_HEADS = List.of("省委", "省政府", "市委", "市政府", "区委", "区政府", "县委", "县政府");
    private static final List<String> PROPER_PREFIXES = List.of("中国", "中华", "全国", "中央", "中共", "国际", "世界", "首都");

    private final CentralBodies bodies;
    private final OrganizationRules rules;
    private final Gazetteer gazetteer;

    NameSpan(CentralBodies bodies, OrganizationRules rules, Gazetteer gazetteer) {
        this.bodies = bodies;
        this.rules = rules;
        this.gazetteer = gazetteer;
    }

    /**
     * Where the name ending at {@code end} starts: the left boundary, or a little after it when the
     * name proper starts with a place or a listed body (据北京市科委 → 北京市科委); -1 when there is
     * no proper name.
     */
    int start(String text, int end, OrganizationRules.Suffix suffix) {
        int suffixStart = end - suffix.text().length();
        int start = leftBoundary(text, suffixStart);
        for (int s = start; s <= Math.min(start + 4, suffixStart - 2); s++) {
            if (hasProperHead(text.substring(s, suffixStart), suffix.headRule())) {
                return s;
            }
        }
        String head = text.substring(start, suffixStart);
        if (LEVEL_HEADS.contains(head)) {
            return start; // 省委政研室, 市政府研究室: the document's own province or city
        }
        int joined = startOverConjunction(text, start, suffixStart, suffix);
        if (joined >= 0) {
            return joined; // 科技部成果转化与区域创新司, 香港特别行政区政府创新科技及工业局
        }
        boolean shortName = suffix.headRule().equals("short") && head.length() >= 2 && head.length() <= 6;
        return shortName ? start : -1;
    }

    /**
     * Head rules (suffixes.tsv): region and body need a place or a listed body; the others also 中国, 国家 …;
     * bank (分行, 支行) also needs the bank's name in the head.
     */
    private boolean hasProperHead(String head, String headRule) {
        if (headRule.equals("bank") && !head.contains("银行")) {
            return false; // 四川省分行 of an unnamed bank is no name; 中国银行四川省分行 is
        }
        if (startsWithPlace(head) || startsWithBody(head)) {
            return true;
        }
        boolean placeOrBodyOnly = headRule.equals("region") || headRule.equals("body");
        return !placeOrBodyOnly
                && PROPER_PREFIXES.stream().anyMatch(p -> head.startsWith(p) && head.length() >= p.length() + 2);
    }

    /**
     * A unit whose own name holds 与, 及 or 和 (科技部|成果转化与区域创新|司): when the span left of the
     * conjunction, up to {@link #MAX_JOINED} name characters, starts with a listed body or a place that
     * the head rule accepts, the name starts there. Only for units under a body (司, 局, 厅, 办公室 …).
     */
    private int startOverConjunction(String text, int start, int suffixStart, OrganizationRules.Suffix suffix) {
        if (start < 2 || "与及和".indexOf(text.charAt(start - 1)) < 0 || suffix.kind().equals("company")
                || suffixStart - start > 8) {
            return -1;
        }
        int from = start - 1;
        int left = from;
        while (left > 0 && from - left < MAX_JOINED && isNameChar(text.charAt(left - 1))
                && STOP_CHARS.indexOf(text.charAt(left - 1)) < 0) {
            left--;
        }
        for (int s = left; s <= from - 2; s++) {
            String head = text.substring(s, suffixStart);
            if ((startsWithBody(head) || startsWithPlace(head) && suffix.headRule().equals("region"))
                    && !rules.isConceptOrGeneric(head)) {
                return s;
            }
        }
        return -1;
    }

    private static final int MAX_JOINED = 16;

    /** The place a name starts with (广东省 of 广东省科学院), or empty. */
    java.util.Optional<com.policyminer.extract.region.Region> placeAtStart(String name) {
        int len = placeLengthAtStart(name);
        return len == 0 ? java.util.Optional.empty() : gazetteer.lookup(name.substring(0, len));
    }

    /** The length of the place a name starts with (2 for 苏州 of 苏州拥有…), or 0. */
    int placeLengthAtStart(String name) {
        int len = gazetteer.surfaceFormTrie().longestAt(name, 0, Math.min(name.length(), 12));
        return len < 2 ? 0 : len;
    }

    /** The length of the listed body a name starts with (科技部 of 科技部火炬中心), or 0. */
    int bodyAtStart(String name) {
        int len = bodies.surfaces().longestAt(name, 0, Math.min(name.length(), bodies.maxLength()));
        return len < 2 ? 0 : len;
    }

    private int leftBoundary(String text, int suffixStart) {
        int start = suffixStart;
        while (start > 0 && suffixStart - start < MAX_NAME) {
            char c = text.charAt(start - 1);
            if (c == '）') {
                int open = text.lastIndexOf('（', start - 1);
                if (open < 0 || start - open > 8 || !gazetteer.isSurfaceForm(text.substring(open + 1, start - 1))) {
                    break;
                }
                start = open; // 中国（深圳）综合开发研究院
                continue;
            }
            if (!isNameChar(c) || c == '等' && (start < 2 || "高中平同初对".indexOf(text.charAt(start - 2)) < 0)) {
                break; // 中国农业发展银行等政策性银行: 等 ends a list (but not 高等研究院)
            }
            if (STOP_CHARS.indexOf(c) >= 0) {
                int word = startOfWordWithStopChar(text, start - 1, suffixStart);
                if (word >= 0) {
                    start = word; // 天使母基金, 和平利用: the stop character is inside a word
                    continue;
                }
                int known = startOfKnownNameCovering(text, start - 1, suffixStart);
                if (known < 0) {
                    break;
                }
                start = known; // 呼和浩特, 中华人民共和国: a stop character inside a known name
                continue;
            }
            start--;
        }
        // each boundary word's last occurrence in the span (its lastIndexOf), found in one backward pass
        // over the span that tries only the words starting with the character at hand
        List<String> words = rules.boundaryWords();
        boolean[] seen = new boolean[words.size()];
        int cut = 0;
        for (int p = suffixStart - 1; p >= start; p--) {
            List<Integer> candidates = rules.boundaryWordsStartingWith(text.charAt(p));
            for (int k = 0; k < candidates.size(); k++) {
                int i = candidates.get(k);
                String w = words.get(i);
                if (seen[i] || p + w.length() > suffixStart || !text.startsWith(w, p)) {
                    continue;
                }
                seen[i] = true;
                int at = p - start;
                if (startOfKnownNameCovering(text, p, suffixStart) < 0) {
                    cut = Math.max(cut, at + w.length()); // but not 建设 inside 中国建设银行
                }
            }
        }
        return start + cut;
    }

    /** Words that hold a stop character (天使, 使馆, 和平, 共和); start of the one covering {@code at}, or -1. */
    private static int startOfWordWithStopChar(String text, int at, int limit) {
        for (String w : WORDS_WITH_STOP_CHARS) {
            for (int from = Math.max(0, at - w.length() + 1); from <= at; from++) {
                if (from + w.length() <= limit && text.startsWith(w, from)) {
                    return from;
                }
            }
        }
        return -1;
    }

    private static final List<String> WORDS_WITH_STOP_CHARS = List.of("天使", "使馆", "和平", "共和");

    /** Start of a place or listed body that covers {@code at} and ends before {@code limit}, or -1. */
    private int startOfKnownNameCovering(String text, int at, int limit) {
        for (int from = Math.max(0, at - 6); from <= at; from++) {
            int end = Math.min(limit, from + 10);
            int minLength = at - from + 1;
            if (gazetteer.surfaceFormTrie().anyAt(text, from, minLength, end)
                    || bodies.surfaces().anyAt(text, from, minLength, end)) {
                return from;
            }
        }
        return -1;
    }

    /** Start of a place name (广东省) that ends exactly at {@code end}, or -1. */
    int placeEndingAt(String text, int end) {
        for (int len = Math.min(end, 12); len >= 2; len--) {
            if (gazetteer.isSurfaceForm(text.substring(end - len, end))) {
                return end - len;
            }
        }
        return -1;
    }

    private boolean startsWithPlace(String head) {
        return gazetteer.surfaceFormTrie().anyAt(head, 0, 2, Math.min(head.length(), 12));
    }

    private boolean startsWithBody(String head) {
        return bodies.surfaces().anyAt(head, 0, 2, Math.min(head.length(), bodies.maxLength()));
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c < 128 && Character.isLetterOrDigit(c));
    }
}
