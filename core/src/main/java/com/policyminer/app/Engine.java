package com.policyminer.app;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.IndexBackend;
import com.policyminer.index.LuceneIndex;
import com.policyminer.ingest.CorpusIngest;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.ingest.MemoryBudget;
import com.policyminer.parse.TikaDocumentParser;
import com.policyminer.render.OriginalPages;
import com.policyminer.render.PageImages;
import com.policyminer.render.RenderLimits;
import com.policyminer.compare.Cooccurrence;
import com.policyminer.compare.FigureComparator;
import com.policyminer.compare.IndicatorConcepts;
import com.policyminer.extract.policy.PolicyNames;
import com.policyminer.compare.SubjectNames;
import com.policyminer.extract.region.Gazetteer;
import com.policyminer.extract.region.Region;
import com.policyminer.search.CorpusSnapshot;
import com.policyminer.search.EntityCatalog;
import com.policyminer.search.FigureSearch;
import com.policyminer.search.LuceneCorpus;
import com.policyminer.search.LuceneSearchService;
import com.policyminer.search.MentionSearch;
import com.policyminer.search.RegionExpander;
import com.policyminer.search.ReportLookup;
import com.policyminer.search.ReportSearch;
import com.policyminer.search.SearchService;
import com.policyminer.search.SearchSlots;
import com.policyminer.search.StartGate;
import com.policyminer.search.WorkCatalog;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The composition root: builds every step of the pipeline once, from a {@link Config}, for the
 * CLI and the HTTP server alike. They read through {@link #reads()} and write through {@link #index()}: the
 * ports, never the Lucene index itself.
 */
public final class Engine implements Closeable {

    private final Config config;
    private final Lazy<Extractors> extractors = new Lazy<>(Extractors::standard);
    private final Lazy<DocumentPipeline> pipeline;
    /** The embedded index, or null on another backend. */
    private final LuceneIndex index;
    /** The write port: the embedded index or another backend's. */
    private final IndexBackend writes;
    private final ReportSearch search;
    private final ReportLookup lookup;
    private final FigureSearch figures;
    private final MentionSearch mentions;
    private final EntityCatalog catalog;
    private final CorpusSnapshot snapshot;
    private final WorkCatalog works;
    private final FigureComparator comparator;
    private final Cooccurrence cooccurrence;
    private final OriginalPages pages;
    private final SearchSlots slots;
    private final StartGate startGate;
    private final CorpusComparisons comparisons;
    private final SearchService reads;
    private final java.util.concurrent.atomic.AtomicBoolean precomputing = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock writeLock = new java.util.concurrent.locks.ReentrantLock(true);

    public Engine(Config config) throws IOException {
        this(config, RenderLimits.standard());
    }

    /** An engine whose page images have other bounds (tests use a short time limit). */
    public Engine(Config config, RenderLimits renderLimits) throws IOException {
        this(config, renderLimits, new Analyzers(new HanLPAnalyzer()));
    }

    /** An engine with other analyzers (tests inject one that fails inside the index writer). */
    public Engine(Config config, RenderLimits renderLimits, Analyzers analyzers) throws IOException {
        this(config, renderLimits, analyzers, new LuceneIndex(config.index(), analyzers));
    }

    /**
     * An engine over the index as last committed, opened for reading only: it works while a server or an
     * ingest holds the index. Writes (ingest, upload, delete) fail.
     *
     * @throws com.policyminer.index.NoIndexException when there is no index yet
     */
    public static Engine openForReading(Config config) throws IOException {
        Analyzers analyzers = new Analyzers(new HanLPAnalyzer());
        return new Engine(config, RenderLimits.standard(), analyzers, LuceneIndex.openForReading(config.index(), analyzers));
    }

    /**
     * An engine on the backend chosen (see {@link BackendOptions}): the embedded index (read only, for a command that
     * only reads, or for writing), or another backend found on the class path (see {@link BackendFactory}). On
     * another backend, comparisons are made from the backend's {@link SearchService#corpus() corpus} and
     * {@link SearchService#works() works} as from the embedded index's; what it does not serve throws
     * {@link UnsupportedOperationException} naming it.
     */
    public static Engine open(Config config, BackendOptions backend, boolean readOnly) throws IOException {
        if (backend.isEmbedded()) {
            return readOnly ? openForReading(config) : new Engine(config);
        }
        Analyzers analyzers = new Analyzers(new HanLPAnalyzer());
        return new Engine(config, analyzers, BackendFactory.named(backend.name()).open(backend, analyzers), readOnly);
    }

    /** @param readOnly a command that only reads (the CLI): a comparison waits for the corpus as long as it takes */
    private Engine(Config config, Analyzers analyzers, BackendFactory.Opened backend, boolean readOnly) {
        this.config = config;
        HanLPAnalyzer hanlp = analyzers.hanlp();
        this.pipeline = new Lazy<>(() -> new DocumentPipeline(new TikaDocumentParser(config.limits(), config.ocr()), hanlp, extractors.get(),
                MemoryBudget.ofHeap(), DocumentPipeline.deadlines(config.limits())));
        this.index = null;
        this.writes = backend.writes();
        this.reads = backend.reads();
        this.external = backend.resources();
        this.slots = SearchSlots.perCore();
        this.startGate = new StartGate(slots);
        this.works = null;
        this.search = null;
        this.lookup = null;
        this.figures = null;
        this.mentions = null;
        this.catalog = null;
        java.util.function.Supplier<Gazetteer> gazetteer = Gazetteer::standard;
        Function<String, String> canonical = name -> {
            String plain = SubjectNames.canonical(name);
            return plain.equals(SubjectNames.NATIONAL) ? plain : gazetteer.get().lookup(name).map(Region::name).orElse(plain);
        };
        this.comparator = new FigureComparator(IndicatorConcepts.standard(), canonical);
        this.cooccurrence = new Cooccurrence(canonical);
        this.snapshot = new CorpusSnapshot(reads.corpus(), slots, !readOnly, comparator, cooccurrence);
        this.comparisons = new CorpusComparisons(snapshot, reads::works, comparator);
        this.pages = new OriginalPages(id -> reads.storedDocument(id)
                .map(v -> new OriginalPages.PagedDocument(v.id(), v.path(), v.format(), v.pages())),
                config.corpus(), RenderLimits.standard());
    }

    /** What else to close on another backend (its client), or null. */
    private final Closeable external;

    private Engine(Config config, RenderLimits renderLimits, Analyzers analyzers, LuceneIndex index) throws IOException {
        this.config = config;
        this.writes = index;
        this.external = null;
        HanLPAnalyzer hanlp = analyzers.hanlp();
        // parser and extractors load their data on first use: a search needs neither
        this.pipeline = new Lazy<>(() -> new DocumentPipeline(new TikaDocumentParser(config.limits(), config.ocr()), hanlp, extractors.get(),
                MemoryBudget.ofHeap(), DocumentPipeline.deadlines(config.limits())));
        // the extractors' own gazetteer (Extractors.standard() finds its places with it), without loading the
        // other extractors: a search needs the places only
        java.util.function.Supplier<Gazetteer> gazetteer = Gazetteer::standard;
        this.index = index;
        RegionExpander regions = new GazetteerExpander(gazetteer);
        // report, figure and mention searches share one queue: one running per core (see SearchSlots)
        this.slots = SearchSlots.perCore();
        this.works = WorkCatalog.keptIn(index);
        this.startGate = new StartGate(slots);
        works.beforeBehindWork(startGate::await);
        this.search = new ReportSearch(index.searchers(), analyzers, regions,
                new ConceptExpander(gazetteer, IndicatorConcepts.standard(), PolicyNames.standard()), slots, works);
        this.lookup = new ReportLookup(index.searchers(), analyzers, slots);
        this.figures = new FigureSearch(index.searchers(), analyzers, regions, slots);
        this.mentions = new MentionSearch(index.searchers(), slots);
        this.catalog = new EntityCatalog(mentions, gazetteer);
        Function<String, String> canonical = name -> {
            String plain = SubjectNames.canonical(name);
            return plain.equals(SubjectNames.NATIONAL) ? plain : gazetteer.get().lookup(name).map(Region::name).orElse(plain);
        };
        this.comparator = new FigureComparator(IndicatorConcepts.standard(), canonical);
        this.cooccurrence = new Cooccurrence(canonical);
        LuceneCorpus corpus = new LuceneCorpus(index.searchers());
        this.snapshot = new CorpusSnapshot(corpus, slots, !index.readOnly(), comparator, cooccurrence);
        this.comparisons = new CorpusComparisons(snapshot, works::get, comparator);
        this.reads = new LuceneSearchService(search, lookup, figures, mentions, catalog, works, corpus);
        this.pages = new OriginalPages(id -> lookup.stored(id)
                .map(v -> new OriginalPages.PagedDocument(v.id(), v.path(), v.format(), v.pages())),
                config.corpus(), renderLimits);
    }

    /** The parse → analyze → extract pipeline alone, without an index (for {@code extract}). */
    public static DocumentPipeline pipeline(Config config, HanLPAnalyzer hanlp) {
        return new DocumentPipeline(new TikaDocumentParser(config.limits(), config.ocr()), hanlp, Extractors.standard(),
                MemoryBudget.ofHeap(), DocumentPipeline.deadlines(config.limits()));
    }

    public CorpusIngest ingest() {
        if (!pipeline.built()) {
            // the extractors' data and HanLP's dictionaries load beside the parser (this thread), not after it
            IngestPreload.start(List.of(extractors, SearchPreload::hanlpDictionaries));
        }
        return new CorpusIngest(pipeline.get(), writes, config.threads(), config.commitEvery());
    }

    /** Fails with a clear message when the index was written by another version and must be rebuilt first. */
    public void requireCurrentIndex() {
        if (writes.isStale()) {
            throw new IllegalStateException("the index at " + config.index() + " was built by another version of "
                    + "policy-miner; run 'ingest' (or 'serve') to rebuild it");
        }
    }

    /** Held by every writer of the served index (upload, delete, reindex), so they never interleave. */
    public java.util.concurrent.locks.ReentrantLock writeLock() {
        return writeLock;
    }

    public Config config() {
        return config;
    }

    public DocumentPipeline pipeline() {
        return pipeline.get();
    }

    /** The write port: upserts, deletes, commits, health. */
    public IndexBackend index() {
        return writes;
    }

    /** The read port: everything the API, the CLI and the web page read. */
    public SearchService reads() {
        return reads;
    }

    /** The embedded Lucene index itself, for tests and the benchmark (the API and CLI use {@link #index()} and {@link #reads()}). */
    public LuceneIndex embeddedIndex() {
        return index;
    }

    /**
     * The report search's whole-index work (facet ordinals, the works) done now rather than in a first search (see
     * {@link ReportSearch#prepare}); what it did, or null on a backend that has none.
     */
    public String prepareSearch() throws java.io.IOException {
        return search == null ? null : search.prepare();
    }

    /** From this many reports on, a server's launch reads its works after its first search (see {@link #worksAtLaunch}). */
    static final int WORKS_AFTER_FIRST_SEARCH = 10_000;
    /** The longest a large index's works wait for a first search at a server's launch. */
    static final java.time.Duration FIRST_SEARCH_WAIT = java.time.Duration.ofSeconds(10);

    /**
     * What a server's launch does about the works, before it listens; {@link LaunchWorks#read} (on a thread of its
     * own) then reads them. A small index's are read at once (a few milliseconds: its first searches find them). A large
     * index's (from {@value #WORKS_AFTER_FIRST_SEARCH} reports; about 0.8 CPU-s at 100,000) are held back until the
     * first search has been answered — it comes while they would still be read, and is answered uncollapsed either way
     * — or {@link #FIRST_SEARCH_WAIT} without one: the first search then has both cores (with the JIT compilers) to
     * itself; answers are collapsed once they are read, as before.
     */
    public LaunchWorks worksAtLaunch() throws IOException {
        if (works == null) { // another backend: its works are read at its first search, as before
            return () -> {
            };
        }
        org.apache.lucene.search.IndexSearcher s = index.searchers().acquire();
        int reports;
        try {
            // reports, not Lucene documents: each report's mentions are documents of their own
            reports = s.count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(
                    com.policyminer.index.Schema.TYPE.fieldName(), com.policyminer.index.Schema.TYPE_REPORT)));
        } finally {
            index.searchers().release(s);
        }
        if (reports < WORKS_AFTER_FIRST_SEARCH) {
            return works::get;
        }
        works.defer();
        return () -> {
            boolean asked = works.awaitAskedWhileDeferred(FIRST_SEARCH_WAIT);
            if (asked) {
                // the search that asked is answered and on its way (a moment without searches; a client that asks
                // again and again gets its works after at most 2 s)
                slots.awaitQuiet(java.time.Duration.ofMillis(250), java.time.Duration.ofSeconds(2));
            }
            works.readDeferred();
        };
    }

    /** The works' read at a server's launch (see {@link #worksAtLaunch}). */
    @FunctionalInterface
    public interface LaunchWorks {
        void read() throws IOException;
    }

    /**
     * Reads the entity lists (regions, policies, organizations: each a pass over every report's mentions, kept until
     * the next commit) as background work, which never holds every search slot; the entries read.
     */
    public int prepareEntityLists() throws java.io.IOException {
        return slots.inBackground(() -> reads().regions(null).size() + reads().policies(null).size()
                + reads().organizations(null).size());
    }

    /** The embedded report search itself, for the benchmark (it times {@link ReportSearch#searchIdsOnly}). */
    public ReportSearch reportSearch() {
        return search;
    }

    /** Where a server's background work waits while its first searches are answered (see {@link StartGate}). */
    public StartGate startGate() {
        return startGate;
    }

    /** The queue every search and heavy read takes its turn in (see {@link SearchSlots}). */
    public SearchSlots searchSlots() {
        return slots;
    }

    /**
     * From now on the comparison's corpus snapshot is read in the background after each refresh (a
     * commit, an upload), so a request finds it ready, and first a few seconds after the server starts:
     * for the server, not for an ingest run.
     */
    public void precomputeComparisons() {
        if (!precomputing.compareAndSet(false, true)) {
            return;
        }
        snapshot.onBuilt(data -> {
            try {
                comparisons.warm(data);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (index != null) {
            index.searchers().addListener(new org.apache.lucene.search.ReferenceManager.RefreshListener() {
                @Override
                public void beforeRefresh() {
                }

                @Override
                public void afterRefresh(boolean didRefresh) {
                    if (didRefresh) {
                        snapshot.refreshed();
                    }
                }
            });
        } // another backend does not say when it changed: a request finds a new version and has it read

        // the first searches of a server just started come first: the corpus is read a few seconds later, and not
        // before they are answered (the start gate: on a loaded machine a server can take longer than that to serve)
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            startGate.await();
            try {
                snapshot.refreshedAfter(COMPARISONS_AFTER.minusNanos(Math.min(COMPARISONS_AFTER.toNanos(), System.nanoTime() - t0)));
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                // the engine was closed meanwhile: nothing to read
            }
        }, "corpus-snapshot-start");
        t.setDaemon(true);
        t.start();
    }

    /** How long after the server starts the comparison's corpus table is first read (unless asked for sooner). */
    private static final java.time.Duration COMPARISONS_AFTER = java.time.Duration.ofSeconds(5);

    /** An id no report has (content ids are hex digits): a document filter that matches nothing. */
    public static final String NO_DOCUMENT = "-";

    /**
     * The document filter for reports in any of {@code collections} and with any of {@code tags} (an
     * empty list does not filter), among {@code docs} when that is not empty: {@code docs} itself when
     * neither list filters, {@link #NO_DOCUMENT} alone when no report passes.
     */
    public java.util.List<String> documentsIn(java.util.List<String> collections, java.util.List<String> tags,
                                              java.util.List<String> docs) throws IOException {
        if (collections.isEmpty() && tags.isEmpty()) {
            return docs;
        }
        java.util.List<String> in = reads.works().documentsIn(collections, tags, docs);
        return in == null ? docs : in.isEmpty() ? java.util.List.of(NO_DOCUMENT) : in;
    }

    /**
     * The same indicator for the same subject across reports (as {@code /api/compare}), of the reports in
     * these collections and with these tags (all when both are empty); worked out from figures keyed once per index version.
     */
    public java.util.List<com.policyminer.compare.ComparisonGroup> compare(com.policyminer.compare.CompareFilter filter,
            java.util.List<String> collections, java.util.List<String> tags) throws IOException {
        return comparisons.compare(filter, documentsIn(collections, tags, java.util.List.of()));
    }

    /** The conflicts across works (as {@code /api/conflicts}); the whole corpus's list is worked out once per index version. */
    public com.policyminer.compare.ConflictList conflicts(com.policyminer.compare.CompareFilter filter,
            java.util.List<String> collections, java.util.List<String> tags) throws IOException {
        return comparisons.conflicts(filter, documentsIn(collections, tags, java.util.List.of()));
    }

    /** The whole co-occurrence matrix of two entity types at one level, worked out once per index version. */
    public com.policyminer.compare.CooccurrenceMatrix cooccurrenceMatrix(com.policyminer.model.EntityType a,
            com.policyminer.model.EntityType b, com.policyminer.compare.CooccurrenceLevel level) throws IOException {
        return comparisons.matrix(a, b, level);
    }

    /** The comparisons' corpus as last read (figures keyed, co-occurrence counts), read again when the index changed. */
    public CorpusSnapshot.Data corpus() throws IOException {
        return snapshot.get();
    }

    /** The reports (with their texts and mentions) that mention an entity, by path: what its partners are counted from. */
    public java.util.List<com.policyminer.compare.DocumentMentions> documentsMentioning(String entity,
            com.policyminer.model.EntityType type) throws IOException {
        return snapshot.documentsMentioning(entity, type);
    }

    public FigureComparator comparator() {
        return comparator;
    }

    public Cooccurrence cooccurrence() {
        return cooccurrence;
    }

    /** The original pages of PDF documents as images (renders bounded, timed and cached). */
    public PageImages pages() {
        return pages;
    }

    public Gazetteer gazetteer() {
        return Gazetteer.standard();
    }

    @Override
    public void close() throws IOException {
        pages.close();
        snapshot.close();
        if (search != null) {
            search.close();
        }
        writes.close();
        if (external != null) {
            external.close();
        }
    }
}
