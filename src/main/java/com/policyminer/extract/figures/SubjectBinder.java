package com.policyminer.extract.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which region, organization or group each figure in running text is about.
 * <ol>
 *   <li>"respectively" lists pair the places before 分别 with the values after it, in order;</li>
 *   <li>a figure in parentheses right after a place is that place's ("北京（6.83%）");</li>
 *   <li>a count right after an enumeration ("武汉、西安和长沙3个城市") is about the group label
 *       before it ("第Ⅲ梯队包括…等14个城市") or about nothing;</li>
 *   <li>otherwise the nearest place before the figure in its sentence that is not a comparison
 *       base, destination or enumeration member; when the sentence names none at all, the last
 *       such place of the previous sentence in the paragraph.</li>
 * </ol>
 */
final class SubjectBinder {

    private static final int PAREN_REACH = 8;

    private final String text;
    private final TextLayout layout;
    private final SubjectCandidates candidates;

    SubjectBinder(String text, TextLayout layout, SubjectCandidates candidates) {
        this.text = text;
        this.layout = layout;
        this.candidates = candidates;
    }

    /** One subject per figure ("" when none), aligned with {@code figures}. */
    List<String> bind(List<Found> figures, List<RespectivelyList> lists) {
        List<String> out = new ArrayList<>();
        for (Found f : figures) {
            out.add(single(f));
        }
        List<SubjectCandidates.Candidate> previousList = List.of();
        int previousSentence = -1;
        for (RespectivelyList r : lists) {
            TextLayout.Sentence s = layout.sentenceAt(r.wordStart());
            int sentenceStart = s == null ? r.clauseStart() : s.start();
            List<SubjectCandidates.Candidate> listed = candidates.between(r.clauseStart(), r.wordStart()).stream()
                    .filter(c -> !c.base() && !c.pseudo()).toList();
            if (listed.isEmpty() && previousSentence == sentenceStart) {
                listed = previousList;
            }
            if (listed.isEmpty()) {
                continue;
            }
            for (int k = 0; k < r.values().size(); k++) {
                out.set(r.values().get(k), listed.get(RespectivelyList.pick(listed.size(), r.values().size(), k)).name());
            }
            previousList = listed;
            previousSentence = sentenceStart;
        }
        return out;
    }

    private String single(Found f) {
        TextLayout.Sentence s = layout.sentenceAt(f.start());
        int from = s == null ? Math.max(0, f.start() - 60) : s.start();
        List<SubjectCandidates.Candidate> before = candidates.between(from, f.start());
        SubjectCandidates.Candidate paren = parenthesized(f, before);
        if (paren != null) {
            return paren.name();
        }
        if (!before.isEmpty() && f.kind().equals("count")) {
            SubjectCandidates.Candidate last = before.get(before.size() - 1);
            if (last.member() && f.start() - last.end() <= 2) {
                return before.stream().filter(c -> c.label() && c.group() != last.group())
                        .reduce((a, b) -> b).map(SubjectCandidates.Candidate::name).orElse("");
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            SubjectCandidates.Candidate c = before.get(i);
            if (eligible(c) && !baseOfThisFigure(f, c)) {
                return c.name();
            }
        }
        if (s != null && candidates.between(s.start(), s.end()).stream().noneMatch(c -> !c.pseudo())) {
            TextLayout.Sentence prev = layout.previous(s);
            if (prev != null) {
                List<SubjectCandidates.Candidate> earlier = candidates.between(prev.start(), prev.end());
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    if (eligible(earlier.get(i))) {
                        return earlier.get(i).name();
                    }
                }
            }
        }
        return "";
    }

    private static boolean eligible(SubjectCandidates.Candidate c) {
        return !c.pseudo() && !c.base() && !c.member();
    }

    /** "日本约 30%", "京津冀的 9.6%": a place right before a share or multiple is what it is measured against. */
    private boolean baseOfThisFigure(Found f, SubjectCandidates.Candidate c) {
        if (!f.kind().equals("share") && !f.kind().equals("multiple")) {
            return false;
        }
        String gap = text.substring(c.end(), f.start()).replaceAll("[的约近\\s]", "");
        return gap.isEmpty() && f.start() - c.end() <= 3;
    }

    private SubjectCandidates.Candidate parenthesized(Found f, List<SubjectCandidates.Candidate> before) {
        int p = f.start() - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 0 || text.charAt(p) != '（' && text.charAt(p) != '(') {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            SubjectCandidates.Candidate c = before.get(i);
            if (!c.pseudo() && c.end() <= p && p - c.end() <= PAREN_REACH) {
                return c;
            }
        }
        return null;
    }
}
