package com.policyminer.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.extract.DocumentView;
import com.policyminer.extract.Extraction;
import com.policyminer.index.Analyzers;
import com.policyminer.index.EntityFields;
import com.policyminer.index.LuceneDocuments;
import com.policyminer.index.Schema;
import com.policyminer.index.StoredJson;
import com.policyminer.index.StoredMentions;
import com.policyminer.model.EntityType;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import com.policyminer.search.BadQueryException;
import com.policyminer.search.CorpusSource;
import com.policyminer.search.EntityCatalog;
import com.policyminer.search.FigureExport;
import com.policyminer.search.FigureHit;
import com.policyminer.search.FigureQuery;
import com.policyminer.search.FigureResult;
import com.policyminer.search.FigureSink;
import com.policyminer.search.IndexCounts;
import com.policyminer.search.MentionHit;
import com.policyminer.search.ReportQueries;
import com.policyminer.search.ReportSummary;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;
import com.policyminer.search.SearchService;
import com.policyminer.search.WorkCatalog;
import com.policyminer.solr.plugin.ReportHitTransformerFactory;
import com.policyminer.solr.plugin.ReportParams;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read port on a SolrCloud collection. A report search runs the query the embedded index runs: the client
 * parses the request with the project's code, asking the collection for each count the parse needs, and every
 * shard builds the same query from the request and those answers ({@code {!policyminer}}); BM25 takes the
 * collection's statistics ({@code ExactStatsCache}); equal scores are ordered by the content id's key, as
 * embedded; each hit's passages and chunk matches are made on its shard by the project's code ({@code [pmhit]}).
 * Files of one work collapse into one hit as embedded ({@link SolrWorkCollapse}), with the works of
 * {@link SolrWorks}. Not on this backend yet: cursors (pages by number only) and date order (a
 * {@link BadQueryException} saying so).
 */
public final class SolrSearchService implements SearchService {

    private static final String QUERY = "{!" + com.policyminer.solr.plugin.ReportQParserPlugin.NAME + "}";
    private static final List<String> FACETS = List.of("region", "policy", "org", "year", "format", "collection");
    private static final int FACET_VALUES = 50;
    private static final String COLLECTION_FACET = "collection";
    private static final String HIT_FIELDS = String.join(",", Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(),
            Schema.FILE_NAME.fieldName(), Schema.TITLE.fieldName(), Schema.DATE.fieldName(), Schema.FORMAT.fieldName(),
            Schema.SOURCE_URL.fieldName(), "score");

    private final SolrClient solr;
    private final String collection;
    private final ReportQueries queries;
    private final SolrMentionSearch mentions;
    private final EntityCatalog catalog;
    private final SolrCorpus corpus;
    private final SolrSimilarReports similar;
    private final SolrWorks works;

    public SolrSearchService(SolrClient solr, String collection, Analyzers analyzers) {
        this.solr = solr;
        this.collection = collection;
        this.queries = com.policyminer.app.StandardQueries.of(analyzers);
        this.mentions = new SolrMentionSearch(solr, collection);
        this.catalog = new EntityCatalog(mentions, com.policyminer.extract.region.Gazetteer::standard);
        this.corpus = new SolrCorpus(solr, collection);
        this.similar = new SolrSimilarReports(solr, collection, analyzers.hanlp());
        this.works = new SolrWorks(solr, collection, corpus);
    }

    /** A parse of the request's text and the collection's answers to what it asked (null parse: no text). */
    private record Attempt(ReportQueries.Parsed parsed, ReportParams.Stage stage) {
    }

    private record Page(SolrDocumentList docs, long total, Map<String, List<SearchResult.FacetCount>> facets, boolean more) {
    }

    private record Matched(Attempt attempt, int relaxed, Page page) {
    }

    /** The works a search reads its hits' works, "also as" and provenance from, and collapses by (when it does). */
    private record Collapse(WorkCatalog.View view, boolean on) {
    }

    @Override
    public SearchResult search(SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        if (r.cursor() != null && !r.cursor().isBlank()) {
            throw new BadQueryException("the solr backend pages by page number, not by cursor");
        }
        if (r.sort().equals("date")) {
            throw new BadQueryException("the solr backend sorts by relevance only");
        }
        try {
            Collapse works = new Collapse(this.works.get(), r.collapse());
            Attempt a = parse(r, false, false);
            Matched m = match(r, a, works);
            if (m.page.total == 0 && a.parsed != null) {
                // nothing in the segmented body: every word and phrase through the bigram field as well
                m = match(r, parse(r, true, false), works);
            }
            ReportQueries.Parsed parsed = m.attempt.parsed;
            Query text = parsed == null ? null : m.relaxed > 0 ? parsed.relaxed(m.relaxed) : parsed.strict();
            List<SearchResult.Hit> hits = hits(m, r.size(), works.view);
            return new SearchResult(m.page.total, r.page(), r.size(), hits, null, m.page.facets,
                    queries.build(r, text).toString(), (System.nanoTime() - t0) / 1_000_000, m.relaxed > 0,
                    parsed == null ? Map.of() : parsed.expansions(), false);
        } catch (SolrServerException e) {
            throw new IOException("solr: search: " + e.getMessage(), e);
        } catch (SolrException e) {
            throw e.code() == 400 ? new BadQueryException(e.getMessage(), e) : e;
        }
    }

    /** As the embedded search: every chunk; then alternatives when less than a page; then fewer chunks at a time. */
    private Matched match(SearchRequest r, Attempt a, Collapse works) throws IOException, SolrServerException {
        Page page = run(r, a, 0, works);
        if (a.parsed == null || !a.parsed.isPlain()) {
            return new Matched(a, 0, page);
        }
        if (r.synonyms() && page.total < r.size()) {
            Attempt withAlternatives = parse(r, a.stage.bigrams(), true);
            if (withAlternatives.parsed.tiered(false)) {
                a = withAlternatives;
                page = run(r, a, 0, works);
            }
        }
        if (a.parsed.chunks() < 2 || page.total >= r.size()) {
            return new Matched(a, 0, page);
        }
        for (int k = a.parsed.chunks() - 1; k >= 1; k--) {
            if (k == 1 || count(params(r, a.stage.relaxedTo(k))) >= r.size()) {
                return new Matched(a, k, run(r, a, k, works));
            }
        }
        throw new AssertionError("unreachable");
    }

    private Attempt parse(SearchRequest r, boolean bigrams, boolean alternatives) throws IOException {
        ReportParams.Stage none = new ReportParams.Stage(bigrams, alternatives, 0, List.of(), false);
        if (r.q().isBlank()) {
            return new Attempt(null, none);
        }
        List<Long> answers = new ArrayList<>();
        IndexCounts counts = new IndexCounts() {
            @Override
            public long count(Query q) throws IOException {
                try {
                    // every shard replays the parse with the answers so far and counts the query it asks about next
                    long n = SolrSearchService.this.count(params(r, none.counting(answers)));
                    answers.add(n);
                    return n;
                } catch (SolrServerException e) {
                    throw new IOException("solr: count: " + e.getMessage(), e);
                }
            }

            @Override
            public boolean hasTerm(Term t) throws IOException {
                return count(null) > 0; // the shards count the term's query (see ReplayedCounts)
            }
        };
        ReportQueries.Parsed parsed = queries.parse(r, counts, null, bigrams, alternatives);
        return new Attempt(parsed, new ReportParams.Stage(bigrams, alternatives, 0, answers, false));
    }

    private static ModifiableSolrParams params(SearchRequest r, ReportParams.Stage stage) {
        ModifiableSolrParams p = ReportParams.of(r, stage);
        p.set("q", QUERY);
        return p;
    }

    private long count(ModifiableSolrParams p) throws IOException, SolrServerException {
        p.set("rows", 0);
        return solr.query(collection, p, SolrRequest.METHOD.POST).getResults().getNumFound();
    }

    /**
     * One page of hits (and one more, to know whether a next page exists), the total and the facet counts; collapsed,
     * without the files another file of their work outranks, so that totals and facets count works (as embedded).
     */
    private Page run(SearchRequest r, Attempt a, int relaxed, Collapse works) throws IOException, SolrServerException {
        ModifiableSolrParams p = params(r, a.stage.relaxedTo(relaxed));
        SolrWorkCollapse.Best best = works.on ? SolrWorkCollapse.best(solr, collection, p, works.view) : SolrWorkCollapse.Best.NONE;
        if (!best.outranked().isEmpty()) {
            p.add("fq", "{!bool must_not=$pm.outq}");
            p.set("pm.outq", "{!terms f=" + Schema.DOC_ID.fieldName() + " v=$pm.out}");
            p.set("pm.out", String.join(",", best.outranked()));
        }
        // collection → the winners whose work is in it while they are not
        Map<String, Set<String>> added = best.collectionsOfTheirWorks(works.view);
        p.set("sort", "score desc," + Schema.DOC_KEY.fieldName() + " asc");
        p.set("fl", HIT_FIELDS + (a.parsed == null ? "" : ",[" + ReportHitTransformerFactory.NAME + "]"));
        p.set("start", (r.page() - 1) * r.size());
        p.set("rows", r.size() + 1);
        p.set("facet", true);
        FACETS.forEach(f -> p.add("facet.field", f));
        // every value from every shard, cut here: a shard's own top values miss those that are second on each shard
        p.set("facet.limit", -1);
        p.set("facet.mincount", 1);
        p.set("facet.sort", "count");
        QueryResponse rsp = solr.query(collection, p, SolrRequest.METHOD.POST);
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String f : FACETS) {
            FacetField ff = rsp.getFacetField(f);
            Map<String, Long> byLabel = new LinkedHashMap<>();
            if (ff != null && ff.getValues() != null) {
                ff.getValues().forEach(c -> byLabel.put(c.getName(), c.getCount()));
            }
            if (f.equals(COLLECTION_FACET)) {
                // collapsed, a work counts in each collection any of its files is in (as embedded: CollectionFacet)
                added.forEach((c, winners) -> byLabel.merge(c, (long) winners.size(), Long::sum));
            }
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            byLabel.forEach((label, n) -> counts.add(new SearchResult.FacetCount(label, n)));
            // as the embedded facets: by count, then by label in the index's (UTF-8) order; collections by their names
            java.util.Comparator<SearchResult.FacetCount> byCount = java.util.Comparator.comparingLong(SearchResult.FacetCount::count).reversed();
            counts.sort(f.equals(COLLECTION_FACET) ? byCount.thenComparing(SearchResult.FacetCount::label)
                    : byCount.thenComparing(c -> new org.apache.lucene.util.BytesRef(c.label())));
            facets.put(f, List.copyOf(counts.subList(0, Math.min(FACET_VALUES, counts.size()))));
        }
        SolrDocumentList docs = rsp.getResults();
        return new Page(docs, docs.getNumFound(), facets, docs.size() > r.size());
    }

    private List<SearchResult.Hit> hits(Matched m, int size, WorkCatalog.View view) throws IOException {
        ReportQueries.Parsed parsed = m.attempt.parsed;
        boolean tiered = parsed != null && parsed.tiered(m.relaxed > 0);
        List<SearchResult.Hit> out = new ArrayList<>();
        for (SolrDocument d : m.page.docs.subList(0, Math.min(size, m.page.docs.size()))) {
            float score = ((Number) d.getFirstValue("score")).floatValue();
            score = Float.isNaN(score) ? 0f : score;
            List<SearchResult.Passage> passages = List.of();
            List<String> matched = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            Object extra = d.getFirstValue(ReportHitTransformerFactory.FIELD);
            if (extra != null) {
                JsonNode json = StoredJson.MAPPER.readTree(extra.toString());
                passages = StoredJson.MAPPER.convertValue(json.get("passages"), new TypeReference<List<SearchResult.Passage>>() {
                });
                if (parsed.isPlain()) {
                    List<String> row = tiered
                            ? StoredJson.MAPPER.convertValue(json.get("matches"), new TypeReference<List<String>>() {
                            })
                            : java.util.Collections.nCopies(parsed.chunks(), "EXACT");
                    List<String> chunks = parsed.chunkTexts();
                    for (int c = 0; c < row.size(); c++) {
                        (row.get(c).equals("NONE") ? missing : matched).add(chunks.get(c));
                    }
                    score = tiered ? parsed.bm25Part(score, row) : score;
                }
            }
            String id = SolrDocuments.string(d, Schema.DOC_ID);
            // the hit's work, the work's other files and the file's provenance, as embedded (ReportSearch.hits)
            String work = view.workOf(id);
            com.policyminer.model.Provenance provenance = view.provenance().get(id);
            List<String> alsoAs = view.work(work)
                    .map(w -> w.files().stream().filter(f -> !f.docId().equals(id)).map(f -> f.fileName()).toList())
                    .orElse(List.of());
            out.add(new SearchResult.Hit(id, SolrDocuments.string(d, Schema.PATH), SolrDocuments.string(d, Schema.FILE_NAME), SolrDocuments.string(d, Schema.TITLE),
                    day(d), SolrDocuments.string(d, Schema.FORMAT), score, passages, matched, missing, work, alsoAs,
                    provenance == null ? null : provenance.sourceUrl(), provenance == null ? null : provenance.uploadedAt(),
                    provenance == null ? null : provenance.uploadedBy()));
        }
        return out;
    }


    private static String day(SolrDocument d) {
        Object v = d.getFirstValue(Schema.DATE.fieldName());
        return v == null ? null : LocalDate.ofEpochDay(((Number) v).longValue()).toString();
    }

    // ---- reports by id ----

    private static final String REPORTS = Schema.TYPE.fieldName() + ":" + Schema.TYPE_REPORT;
    private static final String SUMMARY_FIELDS = String.join(",", Schema.DOC_ID.fieldName(), Schema.PATH.fieldName(),
            Schema.FILE_NAME.fieldName(), Schema.TITLE.fieldName(), Schema.DATE.fieldName(), Schema.FORMAT.fieldName(),
            Schema.SIZE.fieldName());

    @Override
    public List<ReportSummary> documents() throws IOException {
        List<ReportSummary> out = new ArrayList<>();
        SolrQuery q = new SolrQuery(REPORTS).setFields(SUMMARY_FIELDS).setRows(1000)
                .setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q);
            r.getResults().forEach(d -> out.add(summary(d)));
            if (cursor.equals(r.getNextCursorMark())) {
                break;
            }
            cursor = r.getNextCursorMark();
        }
        out.sort(java.util.Comparator.comparing(ReportSummary::path));
        return out;
    }

    @Override
    public int documentCount() throws IOException {
        return (int) query(new SolrQuery(REPORTS).setRows(0)).getResults().getNumFound();
    }

    @Override
    public boolean exists(String id) throws IOException {
        return report(id, Schema.DOC_ID.fieldName()).isPresent();
    }

    @Override
    public Optional<ReportSummary> summary(String id) throws IOException {
        return report(id, SUMMARY_FIELDS).map(SolrSearchService::summary);
    }

    @Override
    public Optional<DocumentView> storedDocument(String id) throws IOException {
        return report(id, Schema.DOCUMENT_JSON.fieldName())
                .map(d -> StoredJson.read(SolrDocuments.string(d, Schema.DOCUMENT_JSON), DocumentView.class));
    }

    /** The report with its text, its mentions (its extraction child) and its figures (its figure children, in their order). */
    @Override
    public Optional<DocumentView> document(String id) throws IOException {
        Optional<SolrDocument> found = report(id, String.join(",", Schema.DOCUMENT_JSON.fieldName(), Schema.BODY.fieldName(),
                Schema.PATH.fieldName()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SolrDocument d = found.get();
        String path = SolrDocuments.string(d, Schema.PATH);
        DocumentView view = StoredJson.read(SolrDocuments.string(d, Schema.DOCUMENT_JSON), DocumentView.class).withText(SolrDocuments.string(d, Schema.BODY));
        SolrQuery children = new SolrQuery("{!term f=_root_}" + path)
                .addFilterQuery("-" + REPORTS)
                .setFields("id", Schema.TYPE.fieldName(), Schema.ITEM_JSON.fieldName(), mentionFields())
                .setRows(Integer.MAX_VALUE >> 4);
        List<Figure> figures = new ArrayList<>();
        Map<Integer, Figure> byIndex = new java.util.TreeMap<>();
        Map<EntityType, List<Mention>> mentions = new LinkedHashMap<>();
        for (SolrDocument c : query(children).getResults()) {
            if (Schema.TYPE_FIGURE.equals(c.getFirstValue(Schema.TYPE.fieldName()))) {
                String cid = c.getFirstValue("id").toString();
                byIndex.put(Integer.parseInt(cid.substring(cid.lastIndexOf('!') + 1)),
                        StoredJson.read(SolrDocuments.string(c, Schema.ITEM_JSON), Figure.class));
            } else {
                for (EntityType t : EntityType.values()) {
                    Object json = c.getFirstValue(EntityFields.mentions(t).fieldName());
                    if (json != null) {
                        mentions.put(t, new ArrayList<>(StoredMentions.read(json.toString(), mentionClass(t), id)));
                    }
                }
            }
        }
        figures.addAll(byIndex.values());
        return Optional.of(DocumentView.of(view.document(), new Extraction(cast(mentions.get(EntityType.REGION)),
                cast(mentions.get(EntityType.ORGANIZATION)), cast(mentions.get(EntityType.POLICY)), figures)));
    }

    private static String mentionFields() {
        List<String> out = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            out.add(EntityFields.mentions(t).fieldName());
        }
        return String.join(",", out);
    }

    private static Class<? extends Mention> mentionClass(EntityType t) {
        return switch (t) {
            case REGION -> com.policyminer.model.RegionMention.class;
            case ORGANIZATION -> com.policyminer.model.OrganizationMention.class;
            case POLICY -> com.policyminer.model.PolicyMention.class;
        };
    }

    @SuppressWarnings("unchecked")
    private static <M extends Mention> List<M> cast(List<Mention> mentions) {
        return mentions == null ? List.of() : (List<M>) (List<?>) mentions;
    }

    private Optional<SolrDocument> report(String id, String fields) throws IOException {
        SolrQuery q = new SolrQuery("{!term f=" + Schema.DOC_ID.fieldName() + "}" + id).addFilterQuery(REPORTS)
                .setFields(fields).setRows(1).setSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        SolrDocumentList found = query(q).getResults();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static ReportSummary summary(SolrDocument d) {
        Object size = d.getFirstValue(Schema.SIZE.fieldName());
        return new ReportSummary(SolrDocuments.string(d, Schema.DOC_ID), SolrDocuments.string(d, Schema.PATH), SolrDocuments.string(d, Schema.FILE_NAME),
                SolrDocuments.string(d, Schema.TITLE), day(d), SolrDocuments.string(d, Schema.FORMAT), size == null ? 0 : ((Number) size).longValue());
    }

    private QueryResponse query(SolrParams q) throws IOException {
        try {
            return solr.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException e) {
            throw new IOException("solr: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<List<ReportSummary>> similar(String id, int limit) throws IOException {
        return similar.similar(id, limit, SUMMARY_FIELDS).map(docs -> docs.stream().map(SolrSearchService::summary).toList());
    }

    // ---- figures ----

    private static final String FIGURE_FIELDS = String.join(",", Schema.ITEM_JSON.fieldName(), Schema.DOC_TITLE.fieldName(),
            Schema.PATH.fieldName());

    /** The figure query built on each shard by the project's code ({@code {!pmfigures}}), in the embedded order. */
    private static ModifiableSolrParams figureParams(FigureQuery fq) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!" + com.policyminer.solr.plugin.FigureQParserPlugin.NAME + "}");
        p.set(com.policyminer.solr.plugin.FigureQParserPlugin.PARAM, StoredJson.write(fq));
        p.set("fl", FIGURE_FIELDS);
        String byDocument = Schema.PATH.fieldName() + " asc," + Schema.START.fieldName() + " asc";
        String year = Schema.YEAR.fieldName();
        p.set("sort", switch (fq.sort()) {
            case "value" -> Schema.NORMALIZED_VALUE.fieldName() + " asc," + byDocument;
            case "-value" -> Schema.NORMALIZED_VALUE.fieldName() + " desc," + byDocument;
            // a figure without a year last either way, as embedded
            case "year" -> "def(field(" + year + ",min)," + Integer.MAX_VALUE + ") asc," + byDocument;
            case "-year" -> "def(field(" + year + ",max)," + Integer.MIN_VALUE + ") desc," + byDocument;
            default -> byDocument;
        });
        return p;
    }

    private static FigureHit figureHit(SolrDocument d) {
        return new FigureHit(StoredJson.read(SolrDocuments.string(d, Schema.ITEM_JSON), Figure.class), SolrDocuments.string(d, Schema.DOC_TITLE),
                SolrDocuments.string(d, Schema.PATH));
    }

    @Override
    public FigureResult figures(FigureQuery fq) throws IOException {
        ModifiableSolrParams p = figureParams(fq);
        p.set("start", (fq.page() - 1) * fq.size());
        p.set("rows", fq.size());
        SolrDocumentList docs = figureQuery(p).getResults();
        return new FigureResult(docs.getNumFound(), fq.page(), fq.size(), docs.stream().map(SolrSearchService::figureHit).toList());
    }

    /** Figures an export reads per request. */
    private static final int EXPORT_PAGE = 1000;

    @Override
    public FigureExport exportFigures(FigureQuery fq, long offset, long limit, FigureSink sink) throws IOException {
        long total = -1;
        long written = 0;
        long at = offset;
        while (written < limit) {
            ModifiableSolrParams p = figureParams(fq);
            p.set("start", String.valueOf(at));
            p.set("rows", (int) Math.min(EXPORT_PAGE, limit - written));
            SolrDocumentList docs = figureQuery(p).getResults();
            if (total < 0) {
                total = docs.getNumFound();
                sink.total(total);
            }
            for (SolrDocument d : docs) {
                sink.accept(figureHit(d));
                written++;
            }
            at += docs.size();
            if (docs.isEmpty() || at >= docs.getNumFound()) {
                break;
            }
        }
        return new FigureExport(Math.max(0, total), written);
    }

    private QueryResponse figureQuery(ModifiableSolrParams p) throws IOException {
        try {
            return query(p);
        } catch (SolrException e) {
            throw e.code() == 400 ? new BadQueryException(e.getMessage(), e) : e;
        }
    }

    // ---- mentions and entity lists (see SolrMentionSearch) ----

    @Override
    public List<MentionHit> mentions(EntityType type, List<String> entities, List<String> docIds, int limit) throws IOException {
        return mentions.mentions(type, entities, docIds, limit, true);
    }

    @Override
    public List<MentionHit> mentionsWithoutContext(EntityType type, List<String> entities, List<String> docIds, int limit)
            throws IOException {
        return mentions.mentions(type, entities, docIds, limit, false);
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
