package com.policyminer.extract.figures;

import com.policyminer.extract.text.TextChecks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which region, organization or group each figure in running text is about.
 * <ol>
 *   <li>"respectively" lists pair the places before 分别 with the values after it, in order;</li>
 *   <li>a figure in parentheses right after a place is that place's ("北京（6.83%）");</li>
 *   <li>a count right after an enumeration ("武汉、西安和长沙3个城市") is about the group label
 *       before it ("第Ⅲ梯队包括…等14个城市") or about nothing;</li>
 *   <li>otherwise the nearest place before the figure in its sentence that is not a comparison
 *       base, destination or enumeration member; when the sentence names none at all, the last
 *       such place of the previous sentence in the paragraph;</li>
 *   <li>failing all these, a market, sector or programme opening a clause of its sentence before it
 *       ("科创板共有428家上市公司", "2021年，秦创原总窗口引进科技型企业431家").</li>
 * </ol>
 * A group of places (西兰, 京津冀, 两地 after 成渝) is the group, never one of its members; a company is a
 * subject only where it opens its clause ("合肥累计引进京东方、蔚来等重大项目，带动投资逾3000亿元" is 合肥's).
 * Each subject keeps its type and where it is written.
 */
final class SubjectBinder {

    private static final int PAREN_REACH = 8;
    /** How far back in its sentence a figure's own clause cues are read (a one-line file is one long sentence). */
    private static final int NEAR = 400;

    private final String text;
    private final TextLayout layout;
    private final SubjectCandidates candidates;
    private final List<String> enumerationEnds;
    private final Set<Integer> measuredAgainst = new HashSet<>();

    SubjectBinder(String text, TextLayout layout, SubjectCandidates candidates, List<String> enumerationEnds) {
        this.text = text;
        this.layout = layout;
        this.candidates = candidates;
        this.enumerationEnds = enumerationEnds;
    }

    /** One subject per figure ({@link Subject#NONE} when none), aligned with {@code figures}. */
    List<Subject> bind(List<Found> figures, List<RespectivelyList> lists) {
        for (Found f : figures) {
            for (SubjectCandidates.Candidate c : candidates.between(Math.max(0, f.start() - 8), f.start())) {
                if (isRelative(f) && adjacent(c, f)) {
                    measuredAgainst.add(c.start()); // "日本约 30%的高校": 日本 is the whole, not the subject
                }
            }
        }
        List<Subject> out = new ArrayList<>();
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
            if (listed.isEmpty()) { // "其次为驻马店市和周口市，分别为95亿元和94.25亿元": the group closing the clause before
                List<SubjectCandidates.Candidate> earlier = candidates.between(sentenceStart, r.clauseStart()).stream()
                        .filter(c -> !c.base() && !c.pseudo()).toList();
                if (!earlier.isEmpty() && r.clauseStart() - earlier.get(earlier.size() - 1).end() <= 2) {
                    int group = earlier.get(earlier.size() - 1).group();
                    listed = earlier.stream().filter(c -> c.group() == group).toList();
                }
            }
            if (listed.isEmpty() && previousSentence == sentenceStart) {
                listed = previousList;
            }
            if (listed.isEmpty()) {
                continue;
            }
            for (int k = 0; k < r.values().size(); k++) {
                out.set(r.values().get(k), Subject.of(listed.get(RespectivelyList.pick(listed.size(), r.values().size(), k))));
            }
            previousList = listed;
            previousSentence = sentenceStart;
        }
        return out;
    }

    /* single() tries its readings in order, each group in its own method; the first that finds a subject wins. */
    private Subject single(Found f) {
        TextLayout.Sentence s = layout.sentenceAt(f.start());
        int from = s == null ? Math.max(0, f.start() - 60) : s.start();
        List<SubjectCandidates.Candidate> before = candidates.between(from, f.start());
        Subject next = adjoining(f, before);
        if (next == null) {
            next = inSentence(f, from, before);
        }
        if (next == null) {
            next = groupOrMarket(f, from, before);
        }
        return next != null ? next : sentenceBefore(f, s, from);
    }

    /** A candidate the figure stands right after: in brackets, an item of a list, the owner, an enumeration summed up. */
    private Subject adjoining(Found f, List<SubjectCandidates.Candidate> before) {
        SubjectCandidates.Candidate paren = parenthesized(f, before);
        if (paren != null) {
            return Subject.of(paren);
        }
        SubjectCandidates.Candidate item = listItem(f, before);
        if (item != null) {
            return Subject.of(item); // "北京10.7%、浙江10.6%", "非洲+1/3、东盟+1/5"
        }
        SubjectCandidates.Candidate owner = owner(f, before);
        if (owner != null) {
            return Subject.of(owner);
        }
        if (!before.isEmpty() && f.kind().equals("count") && sumsUpEnumeration(f, before.get(before.size() - 1))) {
            SubjectCandidates.Candidate last = before.get(before.size() - 1);
            return before.stream().filter(c -> c.label() && c.group() != last.group() && c.end() < f.start())
                    .reduce((x, y) -> y).map(Subject::of).orElse(Subject.NONE);
        }
        return null;
    }

    /** The last eligible candidate of the sentence (of its part after a semicolon first), or the set it is among. */
    private Subject inSentence(Found f, int from, List<SubjectCandidates.Candidate> before) {
        // back to the sentence's start, at most a window: lastIndexOf would read the whole text per figure
        int near = Math.max(from, f.start() - NEAR);
        int semicolon = f.start() - 1;
        while (semicolon >= near && text.charAt(semicolon) != '；' && text.charAt(semicolon) != ';') {
            semicolon--;
        }
        if (semicolon >= near) { // "…三一重工跻身世界…;第三产业加快开展,…提高4.8个百分点": the part after a semicolon first
            int part = semicolon;
            SubjectCandidates.Candidate opening = candidates.lastFallback(part, f.start());
            if (opening != null && opening.type().equals("sector")
                    && before.stream().noneMatch(c -> c.start() > part && eligible(c))) {
                return Subject.of(opening);
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            SubjectCandidates.Candidate c = before.get(i);
            if (eligible(c)) {
                return Subject.of(c);
            }
        }
        return amongSet(f, Math.max(from, f.start() - NEAR));
    }

    /** The world or a group of places when nothing else is, or a market the sentence names. */
    private Subject groupOrMarket(Found f, int from, List<SubjectCandidates.Candidate> before) {
        if (!f.kind().equals("rank") && !before.isEmpty()) { // "预计全球商品贸易量将增长3.0%": the world, when nothing else is
            SubjectCandidates.Candidate c = before.get(before.size() - 1);
            if (c.pseudo() && !c.base()) {
                return new Subject(c.name(), "region-group", c.start(), c.end());
            }
        }
        SubjectCandidates.Candidate sameSentence = candidates.lastFallback(from, f.start());
        if (sameSentence != null && sameSentence.type().equals("market")) {
            // "Wind数据显示，2022年上半年A股市场…下降2.12%": a market is nobody's region; but "贵州…。软件和信息技术
            // 服务业收入增长22.4%" is 贵州's industry
            return Subject.of(sameSentence);
        }
        return null;
    }

    /** With no eligible candidate in its sentence: the last of the sentence before, else a market or programme. */
    private Subject sentenceBefore(Found f, TextLayout.Sentence s, int from) {
        if (s != null && candidates.between(s.start(), s.end()).stream().noneMatch(this::eligible)) {
            TextLayout.Sentence prev = layout.previous(s);
            if (prev != null) {
                List<SubjectCandidates.Candidate> earlier = candidates.between(prev.start(), prev.end());
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    if (eligible(earlier.get(i))) {
                        return Subject.of(earlier.get(i));
                    }
                }
            }
        }
        SubjectCandidates.Candidate fallback = candidates.lastFallback(from, f.start());
        if (fallback == null && s != null && candidates.between(s.start(), s.end()).stream().noneMatch(this::eligible)) {
            // "重点行业绿色升级工程明确，…。到2025年，…超过30%": the programme of the sentence before runs on
            TextLayout.Sentence prev = layout.previous(s);
            fallback = prev == null || candidates.between(prev.start(), prev.end()).stream().anyMatch(this::eligible)
                    ? null : candidates.lastFallback(prev.start(), prev.end());
            fallback = fallback != null && fallback.type().equals("programme") ? fallback : null;
        }
        // "科创板共有428家上市公司", "2021年，秦创原总窗口引进…": no place or organization, but a market or programme
        return fallback == null ? Subject.NONE : Subject.of(fallback);
    }

    private boolean eligible(SubjectCandidates.Candidate c) {
        return !c.pseudo() && !c.base() && !c.member() && !measuredAgainst.contains(c.start()) && !speaker(c)
                && (!c.type().equals("company") || SubjectWords.opensClause(text, c.start()));
    }

    /** "在已发布业绩预告的14只券商股中，…有8家…，还有6只…": the set the counts are taken among. */
    private static final java.util.regex.Pattern AMONG = java.util.regex.Pattern.compile(
            "[0-9一二三四五六七八九十]+\\s?[只家个所]([\\u4e00-\\u9fff]{2,6}?)中[，,]");

    /** The set of an "N只X中，" phrase at or before the figure in its sentence, or null. */
    private Subject amongSet(Found f, int sentenceStart) {
        java.util.regex.Matcher m = AMONG.matcher(text).region(sentenceStart, Math.min(text.length(), f.end() + 12));
        Subject last = null;
        while (m.find()) {
            if (m.start() <= f.start()) {
                last = new Subject(m.group(1), "other", m.start(1), m.end(1));
            }
        }
        return last;
    }

    /** Verbs of saying: "东吴证券认为，…", "中国银行研究院高级研究员梁婧表示" — the speaker, not the subject. */
    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile(
            "^[^，。；：、,;:]{0,10}?(?:认为|表示|指出|预计|预测|分析称|称|介绍|透露|发布|测算)");

    private boolean speaker(SubjectCandidates.Candidate c) {
        if (c.type().startsWith("region")) {
            return false;
        }
        return SAYS.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 14)).lookingAt();
    }

    /**
     * A list of place–value pairs ("北京10.7%、浙江10.6%"): a figure right after a place (nothing but a sign, 约 or
     * 近 between) and right before a list mark or the clause's end is that place's, even as a list member.
     */
    private SubjectCandidates.Candidate listItem(Found f, List<SubjectCandidates.Candidate> before) {
        if (before.isEmpty()) {
            return null;
        }
        SubjectCandidates.Candidate c = before.get(before.size() - 1);
        if (c.pseudo() || c.base() || f.start() - c.end() > 2
                || !TextChecks.onlyCharsOrSpace(text, c.end(), f.start(), "+＋约近")) {
            return null;
        }
        int after = f.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return after >= text.length() || "、，,；;。和及与".indexOf(text.charAt(after)) >= 0 ? c : null;
    }

    /** "武汉、西安和长沙3个城市", "辽宁等7个地区": the count sums up the enumeration before it. */
    private boolean sumsUpEnumeration(Found f, SubjectCandidates.Candidate last) {
        String gap = text.substring(last.end(), f.start()).strip();
        String before = FigureScanner.before(text, f.start(), 2).strip();
        return last.member() && gap.length() <= 2 || enumerationEnds.stream().anyMatch(before::endsWith);
    }

    /** "全国平均的 84.7 人年/万人": a level or count right after "X的" / "X平均的" is X's. */
    private SubjectCandidates.Candidate owner(Found f, List<SubjectCandidates.Candidate> before) {
        if (before.isEmpty() || isRelative(f)) {
            return null;
        }
        SubjectCandidates.Candidate c = before.get(before.size() - 1);
        String gap = text.substring(c.end(), f.start()).strip();
        boolean owned = gap.equals("的") || gap.equals("平均的") || gap.equals("平均水平的"); // (平均|平均水平)?的
        return !c.pseudo() && owned ? c : null;
    }

    private static boolean isRelative(Found f) {
        return f.normalizedUnit().equals("ratio") || f.kind().equals("multiple") || f.kind().equals("share");
    }

    private boolean adjacent(SubjectCandidates.Candidate c, Found f) {
        // nothing but 的, 约, 近 and spaces ([的约近\\s]) between the place and the figure
        return f.start() - c.end() <= 3 && TextChecks.onlyCharsOrSpace(text, c.end(), f.start(), "的约近");
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
