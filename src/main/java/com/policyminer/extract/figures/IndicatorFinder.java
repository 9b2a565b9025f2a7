package com.policyminer.extract.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Names what a figure measures with a short noun phrase from the indicator vocabulary
 * (indicators.txt): the nearest one before the figure in its sentence, else the first one after
 * it in its clause. In a "respectively" list of indicators ("工业企业数量、营业收入、企业利润总额
 * 分别是西兰的5.27倍、4.05倍、5.47倍") each value takes its own.
 */
final class IndicatorFinder {

    private record Term(int start, int end, String text) {
    }

    private static final String CLAUSE_END = "，。；,;\n";

    private final String text;
    private final TextLayout layout;
    private final List<Term> terms = new ArrayList<>();

    IndicatorFinder(String text, TextLayout layout, IndicatorWords vocabulary) {
        this.text = text;
        this.layout = layout;
        boolean[] taken = new boolean[text.length()];
        // longer words first, each left to right: a word inside a longer one found earlier is not a term
        for (long occurrence : vocabulary.occurrences(text)) {
            String word = vocabulary.word((int) (occurrence >>> 32));
            int at = (int) occurrence;
            boolean free = true;
            for (int k = at; k < at + word.length(); k++) {
                free &= !taken[k];
            }
            if (free) {
                for (int k = at; k < at + word.length(); k++) {
                    taken[k] = true;
                }
                terms.add(new Term(at, at + word.length(), word));
            }
        }
        terms.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    List<String> find(List<Found> figures, List<RespectivelyList> lists) {
        List<String> out = new ArrayList<>();
        for (Found f : figures) {
            out.add(single(f));
        }
        for (RespectivelyList r : lists) {
            List<Term> listed = terms.stream().filter(t -> t.start() >= r.clauseStart() && t.end() <= r.wordStart()).toList();
            if (listed.size() >= 2) {
                for (int k = 0; k < r.values().size(); k++) {
                    out.set(r.values().get(k), listed.get(RespectivelyList.pick(listed.size(), r.values().size(), k)).text());
                }
            }
        }
        return out;
    }

    private String single(Found f) {
        TextLayout.Sentence s = layout.sentenceAt(f.start());
        int from = s == null ? Math.max(0, f.start() - 60) : s.start();
        Term best = null;
        int i = firstAtOrAfter(from);
        for (; i < terms.size() && terms.get(i).start() < f.start(); i++) {
            if (terms.get(i).end() <= f.start()) {
                best = terms.get(i);
            }
        }
        if (best != null) {
            return best.text();
        }
        int clauseEnd = f.end();
        while (clauseEnd < text.length() && CLAUSE_END.indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        for (int k = firstAtOrAfter(f.end()); k < terms.size() && terms.get(k).start() < clauseEnd; k++) {
            if (terms.get(k).end() <= clauseEnd) {
                return terms.get(k).text();
            }
        }
        return "";
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = terms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (terms.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
