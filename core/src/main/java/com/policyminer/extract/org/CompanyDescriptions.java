package com.policyminer.extract.org;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes a phrase ending in 公司 or 集团 a description of companies rather than one company's
 * name (company-descriptions.tsv): a count (62家公司, 一家), a marker anywhere in the head (上市,
 * 拥有, 科创板: 苏州拥有科创板上市公司), or a head made only of generic words (设计公司, 硬核科技公司).
 */
final class CompanyDescriptions {

    private static final Pattern COUNT = Pattern.compile("[0-9０-９一二三四五六七八九十百千万两几多数每各某]+家");

    private final List<String> markers;
    private final List<String> genericWords;

    CompanyDescriptions(List<String> markers, List<String> genericWords) {
        this.markers = List.copyOf(markers);
        this.genericWords = genericWords.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    static CompanyDescriptions load() {
        List<String> markers = new java.util.ArrayList<>();
        List<String> generic = new java.util.ArrayList<>();
        for (String line : OrganizationRules.lines("company-descriptions.tsv")) {
            String[] f = line.split("\t");
            (f[0].equals("marker") ? markers : generic).add(f[1]);
        }
        return new CompanyDescriptions(markers, generic);
    }

    /** True when {@code head} (the name before its ending, a leading place already removed) describes companies. */
    boolean describes(String head) {
        if (head.isEmpty() || COUNT.matcher(head).find()) {
            return true;
        }
        for (String m : markers) {
            if (head.contains(m)) {
                return true;
            }
        }
        return onlyGenericWords(head);
    }

    private boolean onlyGenericWords(String head) {
        int at = 0;
        outer:
        while (at < head.length()) {
            for (String w : genericWords) {
                if (head.startsWith(w, at)) {
                    at += w.length();
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }
}
