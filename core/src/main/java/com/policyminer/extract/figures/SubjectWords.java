package com.policyminer.extract.figures;

import com.policyminer.extract.text.FirstCharPattern;
import com.policyminer.extract.text.SurfaceTrie;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Subjects that are not places or organizations (resource {@code figures/subject-types.tsv}): markets (科创板,
 * 北交所), sectors (软件和信息技术服务业, 制造业), words for a group of places named before (两地, 三省), and
 * programmes and platforms the policy extractor found (秦创原). A market, sector or programme is a subject only
 * where it opens its clause: "科创板共有428家上市公司" is about the board, "西安科创板上市企业12家" about 西安.
 */
final class SubjectWords {

    static final SubjectWords NONE = new SubjectWords(Map.of(), null);
    /** Policy kinds that name a programme or platform a figure can be about. */
    private static final Set<String> PROGRAMME_KINDS = Set.of("strategy", "programme");
    private static final String CLAUSE_OPENERS = "，。；：！？\n（(,;:!?";
    private static final String OPENING_QUOTES = "“‘\"「";
    private static final java.util.regex.Pattern TIME_BEFORE = java.util.regex.Pattern.compile(
            "(?:而|但|且|并|预计|预测)?(?:(?:19|20)[0-9]{2}年|今年|去年|[上下]半年|前?[一二三四]季度|目前|当前)*(?:以来)?$");
    /** The characters a non-empty {@link #TIME_BEFORE} match can end with. */
    private static final String TIME_ENDS = "而但且并计测年度前来";
    private static final String GROUP_WORD = "region-group-word";
    private static final String NUMERALS = "两三四五六七八九十";

    /** The market and sector words (type by word) in one trie: one pass over a text finds them all. */
    private final Map<String, String> typeOfWord;
    private final SurfaceTrie words;
    private final FirstCharPattern groupWords;
    /** The first characters of the market and sector words. */
    private final String wordStarts;

    private SubjectWords(Map<String, String> typeOfWord, FirstCharPattern groupWords) {
        this.typeOfWord = Map.copyOf(typeOfWord);
        this.words = typeOfWord.isEmpty() ? null : SurfaceTrie.of(typeOfWord.keySet());
        this.groupWords = groupWords;
        StringBuilder first = new StringBuilder();
        typeOfWord.keySet().stream().map(w -> w.charAt(0)).distinct().sorted().forEach(first::append);
        this.wordStarts = first.toString();
    }

    /** The first characters of the searches {@link #find} makes, for {@link StartPositions}. */
    List<String> starts() {
        List<String> out = new ArrayList<>(List.of(NUMERALS, PROGRAMME_STARTS));
        if (!wordStarts.isEmpty()) {
            out.add(wordStarts);
        }
        return out;
    }

    static SubjectWords load() {
        String path = "/figures/subject-types.tsv";
        try (InputStream in = SubjectWords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            Map<String, String> typeOfWord = new HashMap<>();
            FirstCharPattern group = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(path + ": expected a type and its words: " + line);
                }
                String type = cols[0].strip();
                if (type.equals(GROUP_WORD)) {
                    group = FirstCharPattern.of(cols[1].strip(), NUMERALS);
                } else {
                    for (String w : cols[1].split("\\|")) {
                        FigureVocabulary.requireWord(w.strip(), type);
                        typeOfWord.put(w.strip(), type);
                    }
                }
            }
            return new SubjectWords(typeOfWord, group);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The subject type of an organization of this kind (see {@code OrganizationMention#kind}). */
    static String typeOfOrganization(String kind) {
        return switch (kind) {
            case "company", "bank" -> "company";
            case "exchange" -> "market";
            default -> "organization";
        };
    }

    /**
     * Candidates of this vocabulary in {@code text}, none inside a region or organization mention: words for a
     * group of places (regular candidates) and markets, sectors and programmes (fallbacks: a figure's subject only
     * when no other candidate is), each list in text order.
     */
    Found find(String text, List<RegionMention> regions, List<OrganizationMention> orgs, List<PolicyMention> policies) {
        return find(text, regions, orgs, policies, new StartPositions.Plan(starts()).index(text));
    }

    /** As above, with the text indexed for {@link #starts}. */
    Found find(String text, List<RegionMention> regions, List<OrganizationMention> orgs, List<PolicyMention> policies,
               StartPositions starts) {
        if (words == null || groupWords == null) {
            return new Found(List.of(), List.of());
        }
        boolean[] place = new boolean[text.length()];
        regions.forEach(r -> mark(place, r.start(), r.end()));
        boolean[] named = place.clone();
        orgs.forEach(o -> mark(named, o.start(), o.end()));
        List<SubjectCandidates.Candidate> out = new ArrayList<>();
        List<SubjectCandidates.Candidate> fallbacks = new ArrayList<>();
        for (int at : starts.at(wordStarts)) { // the positions the trie walks from: where a word's first character is
            int length = words.longestAt(text, at, text.length());
            if (length > 0 && !any(named, at, at + length) && opensClause(text, at) && !partOfIndicator(text, at + length)) {
                String word = text.substring(at, at + length);
                fallbacks.add(new SubjectCandidates.Candidate(at, at + length, word, typeOfWord.get(word)));
            }
        }
        List<Group> groups = null;
        StartPositions.Finder finder = starts.finder(groupWords.pattern(), NUMERALS, text, 0, text.length());
        while (finder.find()) {
            Matcher m = finder.match();
            if (any(named, m.start(), m.end()) || !opensClause(text, m.start())
                    || any(place, sentenceStart(text, m.start()), m.start())) {
                continue; // "西安与兰州…，两地相距": the places before it are the subject
            }
            groups = groups == null ? groups(text, regions) : groups;
            String group = lastGroupBefore(groups, m.start());
            out.add(new SubjectCandidates.Candidate(m.start(), m.end(), group == null ? m.group() : group,
                    false, false, false, 0, false, "region-group", group != null));
        }
        for (PolicyMention p : policies) {
            if (PROGRAMME_KINDS.contains(p.kind()) && !any(named, p.start(), p.end()) && opensClause(text, p.start())) {
                fallbacks.add(new SubjectCandidates.Candidate(p.start(), p.end(), bare(p.surface()), "programme"));
            }
        }
        int[] endingStarts = starts.at(PROGRAMME_STARTS);
        for (String ending : PROGRAMME_ENDINGS) { // "重点行业绿色升级工程明确，…": read back from each 工程/行动/计划
            for (int at : endingStarts) { // the endings are two different characters: their occurrences never overlap
                if (!text.startsWith(ending, at)) {
                    continue;
                }
                int end = at + ending.length();
                if (!startsWithAny(text, end, SETS_TARGETS)) {
                    continue;
                }
                int start = at;
                while (start > 0 && at - start < MAX_PROGRAMME && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
                    start--;
                }
                if (at - start >= 2 && !any(named, start, end) && opensClause(text, start)) {
                    fallbacks.add(new SubjectCandidates.Candidate(start, end, text.substring(start, end), "programme"));
                }
            }
        }
        out.sort(Comparator.comparingInt(SubjectCandidates.Candidate::start));
        fallbacks.sort(Comparator.comparingInt(SubjectCandidates.Candidate::start));
        return new Found(out, fallbacks);
    }

    /** A programme that sets targets: "重点行业绿色升级工程明确，…", "农业农村节能减排工程提出…". */
    private static final List<String> PROGRAMME_ENDINGS = List.of("工程", "行动", "计划");
    private static final String PROGRAMME_STARTS = "工行计";
    private static final List<String> SETS_TARGETS = List.of("明确", "提出", "要求", "规定");
    private static final int MAX_PROGRAMME = 14;

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }
    private static final java.util.regex.Pattern VALUE_ADDED = java.util.regex.Pattern.compile("增加值|产值|营业收入|占");

    /**
     * "建筑业增加值完成24932万元", "第一产业占地区生产总值的比重上升3.82个百分点": a sector's value added or share is an
     * indicator of the place, not a figure about the sector.
     */
    private static boolean partOfIndicator(String text, int end) {
        return VALUE_ADDED.matcher(text).region(end, Math.min(text.length(), end + 4)).lookingAt();
    }

    /** What {@link #find} found: regular candidates and fallbacks. */
    record Found(List<SubjectCandidates.Candidate> candidates, List<SubjectCandidates.Candidate> fallbacks) {
    }

    /** Where the sentence holding {@code at} starts (after 。！？； or a line break). */
    private static int sentenceStart(String text, int at) {
        int k = at - 1;
        while (k >= 0 && "。！？；!?;\n".indexOf(text.charAt(k)) < 0) {
            k--;
        }
        return k + 1;
    }

    /** "2021年，秦创原总窗口引进…": only white space or an opening quote between a clause's start and {@code at}. */
    static boolean opensClause(String text, int at) {
        int k = at - 1;
        // a time phrase, a conjunction or 预计 before it does not close the clause's opening: "上半年东方财富证券营收…",
        // "2021年秦创原…", "而东方财富证券凭借…", "预计2022年上半年东方财富基金代销收入…", "今年以来东方财富股价…"
        // a time phrase ends with one of TIME_ENDS: before any other character the only match is the empty one
        if (at > 0 && TIME_ENDS.indexOf(text.charAt(at - 1)) >= 0) {
            Matcher time = TIME_BEFORE.matcher(text).region(Math.max(0, at - 12), at);
            if (time.find() && time.start() < at) {
                k = time.start() - 1;
            }
        }
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n'
                || OPENING_QUOTES.indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || CLAUSE_OPENERS.indexOf(text.charAt(k)) >= 0;
    }

    /** A group of places as written: a macro-region (成渝), a zone (G60科创走廊) or one span naming several places (西兰). */
    private record Group(int start, int end, String name) {
    }

    /** The groups of places among the region mentions, in text order. */
    private static List<Group> groups(String text, List<RegionMention> regions) {
        List<Group> out = new ArrayList<>();
        for (List<RegionMention> same : SubjectCandidates.bySpan(regions)) {
            RegionMention r = same.get(0);
            if (SubjectCandidates.namesSeveral(same)) {
                out.add(new Group(r.start(), r.end(), text.substring(r.start(), r.end())));
            } else if (r.level().equals("macro-region") || r.level().equals("zone")) {
                out.add(new Group(r.start(), r.end(), r.name()));
            }
        }
        return out;
    }

    /** The group named last before {@code pos}, or null. */
    private static String lastGroupBefore(List<Group> groups, int pos) {
        String last = null;
        for (Group g : groups) {
            if (g.end() > pos) {
                break;
            }
            last = g.name();
        }
        return last;
    }

    private static String bare(String surface) {
        return surface.replaceAll("^[“‘\"《]+|[”’\"》]+$", "");
    }

    private static void mark(boolean[] mask, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, mask.length); k++) {
            mask[k] = true;
        }
    }

    private static boolean any(boolean[] mask, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, mask.length); k++) {
            if (mask[k]) {
                return true;
            }
        }
        return false;
    }
}
