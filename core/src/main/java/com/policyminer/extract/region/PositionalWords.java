package com.policyminer.extract.region;

import com.policyminer.model.RegionMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 东部, 中部, 西部 name macro-regions, except right after another place, where they name a part of
 * it: 长江经济带中部 is the middle of the belt, not 中部 (central China); and except where they, or 东北,
 * 西北 …, are the parts a text divides something into: 推动东北、西北、西南、东南四个片区内城市… in a
 * province's report are four parts of the province, not China's Northeast and Northwest; nor after a
 * province's one-character abbreviation: 赣东北 is the northeast of Jiangxi.
 */
final class PositionalWords {

    private static final Set<String> PARTS = Set.of("东部", "中部", "西部", "北部", "南部");

    private PositionalWords() {
    }

    /** Compass words that name macro-regions when they do not name the parts of something. */
    private static final Set<String> COMPASS = Set.of("东部", "中部", "西部", "北部", "南部", "东北", "西北", "西南", "东南",
            "东北部", "西北部", "西南部", "东南部");
    /** Words for the parts something is divided into, after a list of compass words (四个片区, 两大板块). */
    private static final List<String> DIVISIONS = List.of("片区", "板块", "组团", "区块", "方向", "分区", "区域板块");

    /** 赣东北, 川东北, 鲁西南: the part of a province named by its abbreviation (赣, 川, 鲁), not a macro-region. */
    private static final Set<Character> PROVINCE_ABBREVIATIONS = provinceAbbreviations();

    private static Set<Character> provinceAbbreviations() {
        Set<Character> out = new java.util.HashSet<>();
        for (String[] row : GazetteerLoader.tsv("abbreviations.tsv")) {
            if (row[0].strip().length() == 1) {
                out.add(row[0].strip().charAt(0));
            }
        }
        return Set.copyOf(out);
    }

    static List<RegionMention> drop(String text, List<RegionMention> mentions) {
        List<RegionMention> out = new ArrayList<>(mentions.size());
        RegionMention previous = null;
        int divisionsUntil = -1; // mentions starting before this offset are in a list of divisions
        for (int k = 0; k < mentions.size(); k++) {
            RegionMention m = mentions.get(k);
            boolean part = PARTS.contains(m.surface()) && previous != null && previous.end() == m.start();
            if (!part && COMPASS.contains(m.surface()) && m.start() >= divisionsUntil) {
                divisionsUntil = divisionListEnd(text, mentions, k);
            }
            boolean ofAProvince = COMPASS.contains(m.surface()) && m.start() > 0
                    && PROVINCE_ABBREVIATIONS.contains(text.charAt(m.start() - 1));
            if (!part && !ofAProvince && !(COMPASS.contains(m.surface()) && m.start() < divisionsUntil)) {
                out.add(m);
            }
            previous = m;
        }
        return out;
    }

    /**
     * Where the list of compass words starting at mention {@code k} ends when a division word follows it
     * (东北、西北、西南、东南四个片区), or -1: compass words joined by 、和及与, then a count (四个, 两大), then
     * a division word.
     */
    private static int divisionListEnd(String text, List<RegionMention> mentions, int k) {
        int end = mentions.get(k).end();
        for (int j = k + 1; j < mentions.size(); j++) {
            RegionMention next = mentions.get(j);
            if (!COMPASS.contains(next.surface()) || !onlyJoiners(text, end, next.start())) {
                break;
            }
            end = next.end();
        }
        end = compassWordsAfter(text, end); // 东南 is no macro-region of ours, but is one of the parts
        int i = end;
        while (i < text.length() && "一二两三四五六七八九十个大".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        for (String d : DIVISIONS) {
            if (text.startsWith(d, i)) {
                return end;
            }
        }
        return -1;
    }

    /** The end of the compass words joined to the text at {@code from} (、东南、南部 …), or {@code from}. */
    private static int compassWordsAfter(String text, int from) {
        int end = from;
        while (true) {
            int i = end;
            while (i < text.length() && i - end < 2 && "、和及与，".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int at = i;
            String word = COMPASS.stream().filter(w -> text.startsWith(w, at)).max(java.util.Comparator.comparingInt(String::length)).orElse(null);
            if (i == end || word == null) {
                return end;
            }
            end = i + word.length();
        }
    }

    private static boolean onlyJoiners(String text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("、和及与，".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
