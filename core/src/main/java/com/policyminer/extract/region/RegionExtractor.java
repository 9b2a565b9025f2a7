package com.policyminer.extract.region;

import com.policyminer.extract.text.SurfaceTrie;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.RegionMention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds places in a document's text: official names and short forms, macro-regions, new areas,
 * zones and foreign places from the {@link Gazetteer}; abbreviation compounds (陕甘, 川渝); and
 * abbreviations the report defines itself (以下简称“西兰”). Longest match wins, left to right.
 * Pure: the same document always gives the same mentions.
 */
public final class RegionExtractor {

    private static final int MAX_MATCHES_AT = 16;
    /** Most documents define no abbreviation of their own. */
    private static final SurfaceTrie NO_ALIASES = SurfaceTrie.of(List.of());
    /** Lengths of the short forms matched right after a neighbour (北京|怀柔). */
    private static final int NEIGHBOUR_MIN = 2;
    private static final int NEIGHBOUR_MAX = 4;

    private final Gazetteer gazetteer;
    private final Compounds compounds;
    private final SurfaceTrie surfaces;

    RegionExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.compounds = gazetteer.compounds();
        this.surfaces = SurfaceTrie.of(gazetteer.surfaceForms()); // names, short forms, aliases and compounds
    }

    private static final class Holder {
        static final RegionExtractor STANDARD = new RegionExtractor(Gazetteer.standard());
    }

    public static RegionExtractor standard() {
        return Holder.STANDARD;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<RegionMention> extract(AnalyzedDocument doc) {
        return extract(doc.id(), doc.text());
    }

    public List<RegionMention> extract(String docId, String text) {
        List<RegionMention> first = scan(docId, text, Map.of(), Set.of());
        Map<String, List<String>> aliases = DocumentAliases.find(text, first, gazetteer);
        boolean ambiguous = first.stream().anyMatch(m -> isAmbiguous(m.surface()));
        if (aliases.isEmpty() && !ambiguous) {
            return first;
        }
        Set<String> mentioned = new HashSet<>();
        first.forEach(m -> mentioned.add(m.name()));
        return scan(docId, text, aliases, mentioned); // again, with the document's own abbreviations
    }

    /** Several places of the same level share this surface (鼓楼区): the document's other places decide. */
    private boolean isAmbiguous(String surface) {
        List<Region> candidates = gazetteer.candidates(surface);
        return candidates.size() > 1 && candidates.get(1).level().equals(candidates.get(0).level());
    }

    private List<RegionMention> scan(String docId, String text, Map<String, List<String>> aliases,
                                     Set<String> mentioned) {
        List<RegionMention> out = new ArrayList<>();
        SurfaceTrie documentAliases = aliases.isEmpty() ? NO_ALIASES : SurfaceTrie.of(aliases.keySet());
        int[] lengths = new int[MAX_MATCHES_AT];
        int[] aliasLengths = new int[MAX_MATCHES_AT];
        Skipper skipper = new Skipper(text, documentAliases, !aliases.isEmpty());
        int i = skipper.next(0);
        while (i < text.length()) {
            int matched = 0;
            int n = surfaces.lengthsAt(text, i, lengths);
            int a = aliases.isEmpty() ? 0 : documentAliases.lengthsAt(text, i, aliasLengths);
            int[] candidates = a == 0 ? lengths : longestFirst(lengths, n, aliasLengths, a);
            int count = a == 0 ? n : candidates.length;
            int notPlace = gazetteer.notPlaceLengthAt(text, i); // 玉门关 is no 玉门, but 长江经济带 is a place
            for (int k = 0; k < count; k++) {
                int len = candidates[k];
                if (len < notPlace) {
                    break;
                }
                if (len < 2 || !MatchContext.accepts(text, i, i + len)) {
                    continue;
                }
                List<RegionMention> found = match(docId, text.substring(i, i + len), i, aliases, mentioned);
                if (!found.isEmpty()) {
                    out.addAll(found);
                    matched = len;
                    break;
                }
            }
            if (matched == 0 && !out.isEmpty() && out.get(out.size() - 1).end() == i) {
                matched = matchAfterNeighbour(docId, text, i, out);
            }
            if (matched == 0) {
                matched = gazetteer.notPlaceLengthAt(text, i);
            }
            i = matched > 0 ? i + matched : skipper.next(i + 1);
        }
        return PositionalWords.drop(text, out);
    }

    /**
     * Where the scan has something to do next: a position where a gazetteer form, a document alias or
     * a not-place word (珠江) may start. Between them every position would find nothing and move on
     * by one; the one rule that looks back (a short form right after a neighbour) applies only where
     * the last match ended, where the scan stands anyway. Each source's next position is kept, so
     * the text is read once per source.
     */
    private final class Skipper {
        private final String text;
        private final SurfaceTrie aliases;
        private final boolean hasAliases;
        private int nextSurface = -1;
        private int nextAlias = -1;
        private int nextNotPlace = -1;

        Skipper(String text, SurfaceTrie aliases, boolean hasAliases) {
            this.text = text;
            this.aliases = aliases;
            this.hasAliases = hasAliases;
        }

        int next(int from) {
            if (nextSurface < from) {
                nextSurface = surfaces.nextPossibleStart(text, from);
            }
            if (hasAliases && nextAlias < from) {
                nextAlias = aliases.nextPossibleStart(text, from);
            }
            if (nextNotPlace < from) {
                nextNotPlace = gazetteer.nextNotPlaceStart(text, from);
            }
            int next = Math.min(nextSurface, nextNotPlace);
            return hasAliases ? Math.min(next, nextAlias) : next;
        }
    }

    /** The lengths of both lists, longest first, each once. */
    private static int[] longestFirst(int[] a, int n, int[] b, int m) {
        int[] all = Arrays.copyOf(a, n + m);
        System.arraycopy(b, 0, all, n, m);
        return Arrays.stream(all).boxed().distinct().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray();
    }

    /**
     * 北京怀柔, 安徽桐城, 浙江永康, 兰州白银: a short form matched only right after its parent or a
     * sibling (a place under the same parent).
     */
    private int matchAfterNeighbour(String docId, String text, int i, List<RegionMention> out) {
        RegionMention previous = out.get(out.size() - 1);
        // only the lengths of the neighbour forms written at i, longest first (most positions: none)
        int[] lengths = new int[MAX_MATCHES_AT];
        int n = gazetteer.neighbourFormTrie().lengthsAt(text, i, lengths);
        for (int k = 0; k < n; k++) {
            int len = lengths[k];
            if (len > NEIGHBOUR_MAX || len < NEIGHBOUR_MIN) {
                continue;
            }
            String s = text.substring(i, i + len);
            for (Region r : gazetteer.byNeighbourForm(s)) {
                boolean child = r.parents().contains(previous.name());
                boolean sibling = !r.parents().isEmpty() && !previous.parents().isEmpty()
                        && r.parents().get(0).equals(previous.parents().get(0));
                if ((child || sibling) && MatchContext.accepts(text, i, i + len)) {
                    out.add(mention(docId, s, i, len, "after-neighbour", r));
                    return len;
                }
            }
        }
        return 0;
    }

    private List<RegionMention> match(String docId, String s, int start, Map<String, List<String>> aliases,
                                      Set<String> mentioned) {
        List<String> defined = aliases.get(s);
        if (defined != null) {
            return defined.stream()
                    .map(name -> mention(docId, s, start, s.length(), "document-alias", gazetteer.lookup(name).orElseThrow()))
                    .toList();
        }
        List<Region> candidates = gazetteer.candidates(s);
        if (!candidates.isEmpty()) {
            return List.of(mention(docId, s, start, s.length(), "gazetteer", choose(candidates, mentioned)));
        }
        List<String> members = compounds.of(s);
        if (members.isEmpty()) {
            return List.of();
        }
        List<RegionMention> out = new ArrayList<>();
        boolean perCharacter = members.size() == s.length();
        for (int k = 0; k < members.size(); k++) {
            if (members.get(k).equals(Compounds.NOT_A_PLACE)) {
                continue;
            }
            Region r = gazetteer.lookup(members.get(k)).orElseThrow();
            out.add(perCharacter
                    ? mention(docId, s.substring(k, k + 1), start + k, 1, "compound", r)
                    : mention(docId, s, start, s.length(), "compound", r));
        }
        return out;
    }

    /** The preferred candidate, unless a same-level namesake sits under a place the document names. */
    private static Region choose(List<Region> candidates, Set<String> mentioned) {
        Region best = candidates.get(0);
        for (Region r : candidates) {
            if (r.level().equals(best.level()) && anyIn(r.parents(), mentioned)) {
                return r;
            }
        }
        return best;
    }

    private static boolean anyIn(List<String> names, Set<String> set) {
        if (set.isEmpty()) {
            return false; // the first scan: no place mentioned yet
        }
        for (int k = 0; k < names.size(); k++) {
            if (set.contains(names.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static RegionMention mention(String docId, String surface, int start, int length, String rule, Region r) {
        return new RegionMention(docId, surface, start, start + length, rule, r.name(), r.level(), r.code(),
                r.parents(), r.foreign());
    }
}
