package com.policyminer.extract.policy;

import com.policyminer.extract.text.TextChecks;

import com.policyminer.extract.region.RegionExtractor;
import com.policyminer.extract.text.FirstCharPattern;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds cited policies and publications: every 《》 title, classified (policy document vs report,
 * journal, book), normalized to one spelling, with issuer, date and document number where the text
 * or a table row gives them, and short back-references (《方案》) resolved to the full title; plus
 * named strategies cited without 《》 (一带一路, 西部大开发 …).
 */
public final class PolicyExtractor {

    private static final FirstCharPattern TITLE = FirstCharPattern.of("《([^《》\\n]{1,120})》", "《");

    private final TitleKinds kinds;
    private final Strategies strategies;
    private final RegionExtractor regions;

    PolicyExtractor(TitleKinds kinds, Strategies strategies, RegionExtractor regions) {
        this.kinds = kinds;
        this.strategies = strategies;
        this.regions = regions;
    }

    private static final class Holder {
        static final PolicyExtractor STANDARD =
                new PolicyExtractor(TitleKinds.standard(), Strategies.standard(), RegionExtractor.standard());
    }

    public static PolicyExtractor standard() {
        return Holder.STANDARD;
    }

    /** Strategy names and aliases matched without 《》 (for the segmentation dictionary), sorted. */
    public java.util.SortedSet<String> strategySurfaceForms() {
        return strategies.surfaceForms();
    }

    public List<PolicyMention> extract(AnalyzedDocument doc, List<OrganizationMention> orgs) {
        return extract(doc, orgs, regions.extract(doc));
    }

    /** As {@link #extract(AnalyzedDocument, List)}, reusing region mentions already found (issuers such as 湖北). */
    public List<PolicyMention> extract(AnalyzedDocument doc, List<OrganizationMention> orgs,
                                       List<RegionMention> places) {
        ParsedDocument parsed = doc.document();
        String text = parsed.text();
        IssuerBinder binder = new IssuerBinder(parsed, orgs, places);
        List<PolicyMention> out = new ArrayList<>(titles(parsed, binder));
        out.addAll(strategies(parsed.id(), text, out));
        out.sort(Comparator.comparingInt(PolicyMention::start));
        return out;
    }

    private List<PolicyMention> titles(ParsedDocument doc, IssuerBinder binder) {
        String text = doc.text();
        BackReferences backRefs = new BackReferences();
        List<String> fullTitles = new ArrayList<>();
        Map<String, Citation> citations = new HashMap<>();
        List<PolicyMention> found = new ArrayList<>();
        Citation previous = Citation.NONE;
        int previousEnd = -1;
        FirstCharPattern.Finder titles = TITLE.finder(text);
        while (titles.find()) {
            Matcher m = titles.match();
            String normalized = TitleNormalizer.normalize(m.group(1));
            if (normalized.isEmpty()) {
                continue;
            }
            boolean bare = kinds.isBareKindWord(normalized);
            Optional<String> full = backRefs.resolve(normalized, fullTitles, bare || normalized.length() <= 6);
            full = full.filter(t -> !t.equals(normalized));
            String title = full.orElse(normalized);
            Citation citation = binder.bind(m.start(), m.end());
            if (citation.issuer().isEmpty() && previousEnd >= 0 && isAdjacent(text, previousEnd, m.start())) {
                citation = new Citation(previous.issuer(), "", "").orElse(citation);
            }
            citations.merge(title, citation, Citation::orElse);
            TitleKinds.Kind kind = kinds.classify(title, text, m.end());
            String rule = full.isPresent() ? "back-reference" : "title";
            found.add(new PolicyMention(doc.id(), m.group(), m.start(), m.end(), rule, title, kind.kind(),
                    kind.isPolicy(), "", "", ""));
            if (full.isEmpty()) {
                fullTitles.remove(normalized); // once each, latest last: resolving stays linear in distinct titles
                fullTitles.add(normalized);
                backRefs.defineAfter(text, m.end(), normalized);
            }
            previous = citation;
            previousEnd = m.end();
        }
        List<PolicyMention> out = new ArrayList<>(found.size());
        for (PolicyMention p : found) {
            Citation c = citations.getOrDefault(p.title(), Citation.NONE);
            out.add(new PolicyMention(p.docId(), p.surface(), p.start(), p.end(), p.rule(), p.title(), p.kind(),
                    p.isPolicy(), c.issuer(), c.date(), c.docNumber()));
        }
        return out;
    }

    /** 《A》《B》 or 《A》、《B》: a title right after another one. */
    private static boolean isAdjacent(String text, int previousEnd, int start) {
        return TextChecks.onlyCharsOrSpace(text, previousEnd, start, "、，,和及与"); // [、，,和及与\\s]*
    }

    private List<PolicyMention> strategies(String docId, String text, List<PolicyMention> titles) {
        List<PolicyMention> out = new ArrayList<>();
        boolean[] insideTitle = new boolean[text.length()];
        titles.forEach(t -> java.util.Arrays.fill(insideTitle, t.start(), t.end(), true));
        int i = 0;
        while (i < text.length()) {
            Optional<String[]> match = insideTitle[i] ? Optional.empty() : strategies.longestAt(text, i);
            if (match.isPresent()) {
                String surface = match.get()[0];
                String canonical = match.get()[1];
                String kind = strategies.kindOf(canonical);
                out.add(new PolicyMention(docId, surface, i, i + surface.length(), strategies.isListedStrategy(canonical) ? "strategy" : "programme",
                        canonical, kind, true, "", "", ""));
                java.util.Arrays.fill(insideTitle, i, i + surface.length(), true);
                i += surface.length();
            } else {
                i = strategies.nextPossibleStart(text, i + 1); // no strategy name starts before it
            }
        }
        out.addAll(UnbracketedNames.find(docId, text, insideTitle));
        return out;
    }
}
