package com.policyminer.extract.figures;

import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Everything in a document a figure could be about: region and organization mentions from the
 * entity extractors, plus groups ("第Ⅰ梯队", "四大城市群"), the nation ("全国", "我国") and words
 * that refer back to the last place of a kind ("全省" → 贵州省, "全市" → 合肥市, "新区" → 雄安新区).
 * Places joined by hyphens ("上海-苏州") become one candidate; places listed with 、/和 form a
 * group, and each candidate is marked when it cannot be a subject: a comparison base or
 * destination ("是兰州市的", "占全国的", "向天津"), or a member of an enumeration that a count
 * sums up ("山东、湖北…等7个地区").
 */
final class SubjectCandidates {

    /**
     * A possible subject. {@code group} numbers the enumeration it belongs to; {@code type} is the figure's
     * subject type (region, region-group, organization, company, market, sector, programme); {@code derived}:
     * the name is not what is written at the span (全省 → 贵州省), so the figure gets no subject span.
     */
    record Candidate(int start, int end, String name, boolean pseudo, boolean base, boolean member, int group,
                     boolean label, String type, boolean derived) {

        Candidate(int start, int end, String name, String type) {
            this(start, end, name, false, false, false, 0, false, type, false);
        }

        Candidate marked(boolean isBase, boolean isMember, int groupId) {
            return new Candidate(start, end, name, pseudo, isBase, isMember, groupId, label, type, derived);
        }
    }

    private static final String NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十";
    private static final java.util.regex.Pattern PSEUDO = java.util.regex.Pattern.compile("全球|世界");
    private static final String PSEUDO_STARTS = "全世";
    private static final String THE_COMPANY_STARTS = "该";
    /** Subject-label name prefix for a back-reference to the last place with a name ending (see subject-labels.tsv). */
    private static final String BACK_REFERENCE = "<last>";

    private final List<Candidate> all;
    /** Markets, sectors and programmes opening a clause: a figure's subject only when no candidate is. */
    private final List<Candidate> fallbacks;

    SubjectCandidates(String text, List<RegionMention> regions, List<OrganizationMention> orgs, FigureVocabulary vocabulary) {
        this(text, regions, orgs, List.of(), vocabulary, SubjectWords.NONE);
    }

    SubjectCandidates(String text, List<RegionMention> regions, List<OrganizationMention> orgs,
                      List<PolicyMention> policies, FigureVocabulary vocabulary, SubjectWords words) {
        this(text, regions, orgs, policies, vocabulary, words, new StartPositions.Plan(starts(vocabulary, words)).index(text));
    }

    /** The first characters of the searches made here, for {@link StartPositions}. */
    static List<String> starts(FigureVocabulary vocabulary, SubjectWords words) {
        List<String> out = new ArrayList<>(List.of(PSEUDO_STARTS, THE_COMPANY_STARTS));
        for (FigureVocabulary.SubjectLabel l : vocabulary.subjectLabels()) {
            String first = labelStarts(l);
            if (first != null) {
                out.add(first);
            }
        }
        out.addAll(words.starts());
        return out;
    }

    /** The literal characters every match of a subject label starts with (全国, 新区), or "". */
    private static String labelPrefix(FigureVocabulary.SubjectLabel l) {
        java.util.regex.Pattern p = l.pattern().pattern();
        return p.flags() == 0 ? com.policyminer.extract.text.LeadingChars.literalPrefix(p.pattern()) : "";
    }

    /** The characters a subject label's matches start with; null when not known (every position is tried). */
    private static String labelStarts(FigureVocabulary.SubjectLabel l) {
        java.util.regex.Pattern p = l.pattern().pattern();
        return p.flags() == 0 ? StartPositions.leadingChars(p.pattern()) : null;
    }

    /** As above, with the text indexed for {@link #starts}. */
    SubjectCandidates(String text, List<RegionMention> regions, List<OrganizationMention> orgs,
                      List<PolicyMention> policies, FigureVocabulary vocabulary, SubjectWords words, StartPositions starts) {
        // a place inside a party committee's name (台州市委 in "…以及中央、省委和台州市委一系列决策部署") names the
        // committee, which is no figure's subject
        // committee, which is no figure's subject, nor what 全市 points back to
        List<OrganizationMention> party = orgs.stream().filter(o -> o.kind().equals("party")).toList();
        List<RegionMention> places = party.isEmpty() ? regions : regions.stream()
                .filter(r -> party.stream().noneMatch(o -> o.start() <= r.start() && r.end() <= o.end())).toList();
        List<Candidate> raw = new ArrayList<>(regionCandidates(text, places));
        List<String> notSubject = vocabulary.words("org-not-subject");
        orgs.stream().filter(o -> !notSubject.contains(o.kind()))
                .forEach(o -> raw.add(new Candidate(o.start(), o.end(), o.name(), SubjectWords.typeOfOrganization(o.kind()))));
        raw.addAll(companyReferences(text, raw, starts));
        SubjectWords.Found extra = words.find(text, regions, orgs, policies, starts);
        raw.addAll(extra.candidates());
        this.fallbacks = extra.fallbacks();
        List<RegionMention> regionsByEnd = places.stream().sorted(Comparator.comparingInt(RegionMention::end)).toList();
        for (FigureVocabulary.SubjectLabel l : vocabulary.subjectLabels()) {
            String prefix = labelPrefix(l);
            StartPositions.Finder labels = starts.finder(l.pattern().pattern(), labelStarts(l), text, 0, text.length(),
                    prefix.length() < 2 ? null : (t, at, to) -> t.startsWith(prefix, at));
            MostMentioned referent = l.name().startsWith(BACK_REFERENCE)
                    ? new MostMentioned(regionsByEnd, l.name().substring(BACK_REFERENCE.length())) : null;
            while (labels.find()) {
                Matcher m = labels.match();
                if (referent != null) {
                    String name = referent.before(m.start());
                    if (name != null) {
                        raw.add(new Candidate(m.start(), m.end(), name, false, false, false, 0, false, "region", true));
                    }
                    continue;
                }
                String name = l.name().equals("$0") ? m.group() : l.name();
                boolean nation = name.equals("中国"); // 全国, 我国; the other labels are groups (第Ⅰ梯队, 三大城市群)
                raw.add(new Candidate(m.start(), m.end(), name, false, false, false, 0, !nation,
                        nation ? "region" : "region-group", false));
            }
        }
        StartPositions.Finder pseudo = starts.finder(PSEUDO, PSEUDO_STARTS, text, 0, text.length());
        while (pseudo.find()) {
            Matcher p = pseudo.match();
            raw.add(new Candidate(p.start(), p.end(), p.group(), true, false, false, 0, false, "region-group", false));
        }
        this.all = mark(text, mergeHyphenated(text, longestFirst(raw)), vocabulary);
    }

    /**
     * One candidate per place written in the text. A span that names several places at once (西兰 for
     * 西安 and 兰州, 苏浙皖) is the group as written, never one member; a macro-region (京津冀, 成渝, 长三角)
     * is a group too.
     */
    private static List<Candidate> regionCandidates(String text, List<RegionMention> regions) {
        List<Candidate> out = new ArrayList<>();
        for (List<RegionMention> same : bySpan(regions)) {
            RegionMention r = same.get(0);
            boolean several = namesSeveral(same);
            if (several) {
                out.add(new Candidate(r.start(), r.end(), text.substring(r.start(), r.end()), "region-group"));
            } else if (r.level().equals("foreign-region")) {
                out.add(new Candidate(r.start(), r.end(), r.name(), "region-group")); // 东盟, 欧盟, 非洲: groups of countries
            } else if (r.level().equals("macro-region")) {
                Matcher counted = COUNTED_MEMBERS.matcher(text).region(r.end(), Math.min(text.length(), r.end() + 6));
                out.add(counted.lookingAt() // 长三角九城市, 京津冀三地: the group as written
                        ? new Candidate(r.start(), counted.end(), text.substring(r.start(), counted.end()), "region-group")
                        : new Candidate(r.start(), r.end(), r.name(), "region-group"));
            } else {
                out.add(new Candidate(r.start(), r.end(), r.name(), "region"));
            }
        }
        return out;
    }

    /**
     * The region mentions grouped by span (the mentions of one span together, in their order), spans by position.
     * The extractor lists them by position already; a list that is not is sorted first.
     */
    static List<List<RegionMention>> bySpan(List<RegionMention> regions) {
        List<RegionMention> sorted = regions;
        for (int i = 1; i < regions.size(); i++) {
            if (span(regions.get(i - 1)) > span(regions.get(i))) {
                sorted = new ArrayList<>(regions);
                sorted.sort(Comparator.comparingLong(SubjectCandidates::span)); // stable
                break;
            }
        }
        List<List<RegionMention>> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && span(sorted.get(j)) == span(sorted.get(i))) {
                j++;
            }
            out.add(sorted.subList(i, j));
            i = j;
        }
        return out;
    }

    /** True when mentions of one span name more than one place (西兰 for 西安 and 兰州). */
    static boolean namesSeveral(List<RegionMention> sameSpan) {
        for (RegionMention r : sameSpan) {
            if (!r.name().equals(sameSpan.get(0).name())) {
                return true;
            }
        }
        return false;
    }

    private static long span(RegionMention r) {
        return (long) r.start() << 32 | r.end();
    }

    private static final java.util.regex.Pattern THE_COMPANY = java.util.regex.Pattern.compile("该(?:公司|集团|企业|行)");

    /** "该公司", "该集团": the company named last before it (its name, no span of its own), or nothing. */
    private static List<Candidate> companyReferences(String text, List<Candidate> named, StartPositions starts) {
        List<Candidate> companies = named.stream().filter(c -> c.type().equals("company"))
                .sorted(Comparator.comparingInt(Candidate::start)).toList();
        List<Candidate> out = new ArrayList<>();
        if (companies.isEmpty()) {
            return out;
        }
        StartPositions.Finder references = starts.finder(THE_COMPANY, THE_COMPANY_STARTS, text, 0, text.length());
        int k = -1;
        while (references.find()) {
            Matcher m = references.match();
            while (k + 1 < companies.size() && companies.get(k + 1).end() <= m.start()) {
                k++;
            }
            if (k >= 0) {
                out.add(new Candidate(m.start(), m.end(), companies.get(k).name(), false, false, false, 0, false,
                        "company", true));
            }
        }
        return out;
    }

    /** Members counted right after a group of places, without a classifier: 长三角九城市, 京津冀三地. */
    private static final java.util.regex.Pattern COUNTED_MEMBERS =
            java.util.regex.Pattern.compile("[两三四五六七八九十]{1,2}(?:城市|省市|省|市|地)(?![区方域理群])");

    /**
     * "全省", "全市", "新区", "走廊内": the place named most often before a position (the latest on a
     * tie) whose canonical name ends with a suffix (贵州省, 合肥市, 雄安新区, G60科创走廊). The most
     * mentioned, not the last: a report on 雄安新区 that compares it with 滨海新区 still means
     * 雄安新区 by "新区". Positions must be asked in increasing order; one pass over the regions.
     */
    private static final class MostMentioned {
        private final List<RegionMention> regions;
        private final String suffix;
        private final Map<String, Integer> counts = new HashMap<>();
        private int next;
        private String best;

        /** {@code regions} sorted by end. */
        MostMentioned(List<RegionMention> regions, String suffix) {
            this.regions = regions;
            this.suffix = suffix;
        }

        String before(int pos) {
            while (next < regions.size() && regions.get(next).end() <= pos) {
                RegionMention r = regions.get(next++);
                if (r.name().endsWith(suffix)) {
                    int n = counts.merge(r.name(), 1, Integer::sum);
                    if (best == null || n >= counts.get(best)) {
                        best = r.name();
                    }
                }
            }
            return best;
        }
    }

    List<Candidate> all() {
        return all;
    }

    /** The last fallback (market, sector, programme) lying inside {@code [from, to)}, or null. */
    Candidate lastFallback(int from, int to) {
        Candidate last = null;
        for (Candidate c : fallbacks) {
            if (c.start() >= to) {
                break;
            }
            last = c.start() >= from && c.end() <= to ? c : last;
        }
        return last;
    }

    /** Candidates lying inside {@code [from, to)}, in order. */
    List<Candidate> between(int from, int to) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = lo; i < all.size() && all.get(i).start() < to; i++) {
            if (all.get(i).end() <= to) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** Drops candidates inside longer ones (北京市 inside 北京市科委). */
    private static List<Candidate> longestFirst(List<Candidate> raw) {
        raw.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : raw) {
            if (out.isEmpty() || c.start() >= out.get(out.size() - 1).end()) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Candidate> mergeHyphenated(String text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !c.pseudo() && !last.pseudo() && c.start() - last.end() == 1
                    && "-－—一".indexOf(text.charAt(last.end())) >= 0) {
                out.set(out.size() - 1, new Candidate(last.start(), c.end(), last.name(), false, false, false, 0, last.label(),
                        last.type(), last.derived()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Listed together: 兰州市和西安市, 山东、湖北, or written as one compound (苏浙皖, 津冀). */
    private static boolean joined(String text, Candidate a, Candidate b, List<String> listWords, int longestListWord) {
        int from = a.end();
        int to = b.start();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == to || to - from <= longestListWord && listWords.contains(text.substring(from, to));
    }

    /** The text without quotation marks (“ ‘ "). */
    private static String withoutQuotes(String s) {
        if (s.indexOf('“') < 0 && s.indexOf('‘') < 0 && s.indexOf('"') < 0) {
            return s; // most: nothing to take out
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '“' && c != '‘' && c != '"') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean endsWithAny(String s, List<String> words) {
        if (s.isEmpty()) {
            return words.contains("");
        }
        char last = s.charAt(s.length() - 1);
        boolean possible = false;
        for (int k = 0; k < words.size() && !possible; k++) {
            String w = words.get(k);
            possible = w.isEmpty() || w.charAt(w.length() - 1) == last;
        }
        if (!possible) {
            return false; // most: no word ends with the last character
        }
        for (int k = 0; k < words.size(); k++) {
            if (s.endsWith(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first of the three characters at {@code from} that is neither 等 nor whitespace (0 when
     * none is): what the enumeration is followed by, as {@code substring(…).replace("等", "").strip()}
     * would begin.
     */
    private static char firstAfter(String text, int from) {
        for (int k = from; k < Math.min(text.length(), from + 3); k++) {
            char c = text.charAt(k);
            if (c != '等' && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return 0;
    }

    private static List<Candidate> mark(String text, List<Candidate> in, FigureVocabulary vocabulary) {
        List<String> listWords = vocabulary.words("list");
        List<String> baseWords = vocabulary.words("base");
        int longestListWord = listWords.stream().mapToInt(String::length).max().orElse(0);
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        int groupId = 0;
        while (i < in.size()) {
            int j = i + 1;
            while (j < in.size() && joined(text, in.get(j - 1), in.get(j), listWords, longestListWord)) {
                j++;
            }
            groupId++;
            Candidate head = in.get(i);
            String before = withoutQuotes(FigureScanner.before(text, head.start(), 5));
            Candidate tail = in.get(j - 1);
            // "最小的为济源市，仅为4.49亿元", "其次为驻马店市和周口市，分别为…": 为/是 before places that close their
            // clause name the answer, not a comparison base
            boolean answer = (before.endsWith("为") || before.endsWith("是")) && tail.end() < text.length()
                    && "，,".indexOf(text.charAt(tail.end())) >= 0;
            boolean base = endsWithAny(before, baseWords) && !answer;
            boolean member = j - i >= 2 && NUMERALS.indexOf(firstAfter(text, tail.end())) >= 0;
            for (int k = i; k < j; k++) {
                Candidate c = in.get(k);
                char next = c.end() < text.length() ? text.charAt(c.end()) : 0;
                boolean denominator = before.endsWith("在") && next == '占';
                // "全国第三": the scope of a rank; but "海南第三产业" is 海南's tertiary industry
                boolean scope = next == '第' && !text.startsWith("产业", Math.min(text.length(), c.end() + 2));
                out.add(c.marked(base || denominator || scope, member, groupId));
            }
            i = j;
        }
        return out;
    }
}
