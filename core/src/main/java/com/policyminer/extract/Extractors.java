package com.policyminer.extract;

import com.policyminer.extract.figures.FigureExtractor;
import com.policyminer.extract.org.OrganizationExtractor;
import com.policyminer.extract.policy.PolicyExtractor;
import com.policyminer.extract.region.Gazetteer;
import com.policyminer.extract.region.Region;
import com.policyminer.extract.region.RegionExtractor;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Deadline;
import com.policyminer.model.Figure;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
import com.policyminer.model.StageTimes;
import com.policyminer.model.StageTimes.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every extractor over one analyzed document, in dependency order: regions and
 * organizations first, then policies (which bind issuers) and figures (which bind subjects).
 * Figure subjects that name a region are given the region's canonical name (西安 → 西安市), so
 * figures group by place across reports. In a paged document (PDF) each is put on its page
 * ({@link PageNumbers}).
 */
public final class Extractors {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Extractors.class);

    private final RegionExtractor regions;
    private final OrganizationExtractor organizations;
    private final PolicyExtractor policies;
    private final FigureExtractor figures;

    public Extractors(RegionExtractor regions, OrganizationExtractor organizations, PolicyExtractor policies,
                      FigureExtractor figures) {
        this.regions = regions;
        this.organizations = organizations;
        this.policies = policies;
        this.figures = figures;
    }

    public static Extractors standard() {
        return new Extractors(RegionExtractor.standard(), OrganizationExtractor.standard(), PolicyExtractor.standard(),
                FigureExtractor.standard());
    }

    public Gazetteer gazetteer() {
        return regions.gazetteer();
    }

    /**
     * Runs the extractors. One that fails on a document (a bug on text it was not written for) is
     * logged and contributes nothing; the document is still indexed for search with the rest.
     */
    public Extraction extract(AnalyzedDocument doc) {
        return extract(doc, Deadline.NONE);
    }

    /**
     * {@link #extract(AnalyzedDocument)}, checking {@code deadline} before each extractor: past it,
     * {@link Deadline.Exceeded} names the extractor that was not run.
     */
    public Extraction extract(AnalyzedDocument doc, Deadline deadline) {
        return extract(doc, deadline, StageTimes.OFF);
    }

    /** {@link #extract(AnalyzedDocument, Deadline)}, each extractor's time added to {@code times}. */
    public Extraction extract(AnalyzedDocument doc, Deadline deadline, StageTimes times) {
        List<String> failures = new ArrayList<>();
        deadline.check("region extraction");
        List<RegionMention> r = times.time(Stage.REGIONS, () -> guarded("regions", doc, () -> regions.extract(doc), failures));
        deadline.check("organization extraction");
        List<OrganizationMention> o = times.time(Stage.ORGANIZATIONS,
                () -> guarded("organizations", doc, () -> organizations.extract(doc), failures));
        deadline.check("policy extraction");
        List<PolicyMention> p = times.time(Stage.POLICIES, () -> guarded("policies", doc, () -> policies.extract(doc, o, r), failures));
        deadline.check("figure extraction");
        List<Figure> f = times.time(Stage.FIGURES,
                () -> guarded("figures", doc, () -> canonicalSubjects(figures.extract(doc, r, o, p)), failures));
        return times.time(Stage.PAGES, () -> paged(doc, new Extraction(r, o, p, f, failures)));
    }

    private static Extraction paged(AnalyzedDocument doc, Extraction found) {
        Extraction paged = PageNumbers.assign(found, doc.document().pages());
        // after the pages: a figure OCR'd from an image on a PDF page with a text layer keeps its image's confidence
        List<Figure> flagged = OcrBlockFigures.flag(paged.figures(),
                com.policyminer.model.OcrBlocks.parse(doc.document().metadata().get(com.policyminer.model.OcrBlocks.METADATA)));
        return flagged == paged.figures() ? paged
                : new Extraction(paged.regions(), paged.organizations(), paged.policies(), flagged, paged.failures());
    }

    private static <T> List<T> guarded(String what, AnalyzedDocument doc, java.util.function.Supplier<List<T>> run,
                                       List<String> failures) {
        try {
            return run.get();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("{} extractor failed on {}; the document is indexed without its {}", what, doc.document().path(), what, e);
            failures.add(what + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return List.of();
        }
    }

    private List<Figure> canonicalSubjects(List<Figure> found) {
        Gazetteer g = regions.gazetteer();
        List<Figure> out = new ArrayList<>(found.size());
        for (Figure f : found) {
            String canonical = f.subject().isEmpty() ? "" : g.lookup(f.subject()).map(Region::name).orElse(f.subject());
            out.add(canonical.equals(f.subject()) ? f : f.withSubject(canonical));
        }
        return out;
    }
}
