package com.policyminer.search;

import com.policyminer.extract.DocumentView;
import com.policyminer.model.EntityType;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The read port on the embedded Lucene index: the searches over its {@code SearcherManager}, one method each. */
public final class LuceneSearchService implements SearchService {

    private final ReportSearch reports;
    private final ReportLookup lookup;
    private final FigureSearch figures;
    private final MentionSearch mentions;
    private final EntityCatalog catalog;
    private final WorkCatalog works;
    private final CorpusSource corpus;
    /** The region pages' mentions asked for lately, for the current index version (at most ~15 MB of reports). */
    private final RegionMentions.Kept regionMentions = new RegionMentions.Kept(40_000);

    public LuceneSearchService(ReportSearch reports, ReportLookup lookup, FigureSearch figures, MentionSearch mentions,
                               EntityCatalog catalog, WorkCatalog works, CorpusSource corpus) {
        this.reports = reports;
        this.lookup = lookup;
        this.figures = figures;
        this.mentions = mentions;
        this.catalog = catalog;
        this.works = works;
        this.corpus = corpus;
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return reports.search(request);
    }

    @Override
    public List<ReportSummary> documents() throws IOException {
        return lookup.list();
    }

    @Override
    public int documentCount() throws IOException {
        return lookup.count();
    }

    @Override
    public boolean exists(String id) throws IOException {
        return lookup.exists(id);
    }

    @Override
    public Optional<DocumentView> document(String id) throws IOException {
        return lookup.get(id);
    }

    @Override
    public Optional<ReportSummary> summary(String id) throws IOException {
        return lookup.summary(id);
    }

    @Override
    public Optional<DocumentView> storedDocument(String id) throws IOException {
        return lookup.stored(id);
    }

    @Override
    public Optional<List<ReportSummary>> similar(String id, int limit) throws IOException {
        return lookup.similar(id, limit);
    }

    @Override
    public FigureResult figures(FigureQuery query) throws IOException {
        return figures.search(query);
    }

    @Override
    public FigureExport exportFigures(FigureQuery query, long offset, long limit, FigureSink sink) throws IOException {
        return figures.export(query, offset, limit, sink);
    }

    @Override
    public List<MentionHit> mentions(EntityType type, List<String> entities, List<String> docIds, int limit) throws IOException {
        return mentions.mentions(type, entities, docIds, limit);
    }

    @Override
    public List<MentionHit> mentionsWithoutContext(EntityType type, List<String> entities, List<String> docIds, int limit)
            throws IOException {
        return mentions.mentionsWithoutContext(type, entities, docIds, limit);
    }

    /** Kept per index version for the regions asked for lately (a page asked again reads nothing). */
    @Override
    public RegionMentions regionMentions(String region) throws IOException {
        return regionMentions.get(mentions.version(), region, () -> RegionMentions.read(mentions::mentionsWithoutContext, region));
    }

    @Override
    public List<EntityCatalog.RegionEntry> regions(String level) throws IOException {
        return catalog.regions(level);
    }

    @Override
    public List<EntityCatalog.RegionEntry> regions(String level, List<String> docs) throws IOException {
        return catalog.regions(level, docs);
    }

    @Override
    public List<EntityCatalog.PolicyEntry> policies(String kind) throws IOException {
        return catalog.policies(kind);
    }

    @Override
    public List<EntityCatalog.PolicyEntry> policies(String kind, List<String> docs) throws IOException {
        return catalog.policies(kind, docs);
    }

    @Override
    public Optional<EntityCatalog.PolicyEntry> policy(String title) throws IOException {
        return catalog.policy(title);
    }

    @Override
    public List<EntityCatalog.OrgEntry> organizations(String kind) throws IOException {
        return catalog.organizations(kind);
    }

    @Override
    public List<EntityCatalog.OrgEntry> organizations(String kind, List<String> docs) throws IOException {
        return catalog.organizations(kind, docs);
    }

    @Override
    public WorkCatalog.View works() throws IOException {
        return works.get();
    }

    @Override
    public CorpusSource corpus() {
        return corpus;
    }
}
