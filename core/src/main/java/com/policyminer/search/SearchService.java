package com.policyminer.search;

import com.policyminer.extract.DocumentView;
import com.policyminer.model.EntityType;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Port for reading the index: everything the API, the CLI and the web page read, in the project's own
 * records. The embedded Lucene index implements it ({@link LuceneSearchService}); a SolrCloud backend can sit
 * beside it. Writes go through {@link com.policyminer.index.IndexBackend}.
 */
public interface SearchService {

    /** Reports: ranked hits with passages, facets and paging. */
    SearchResult search(SearchRequest request) throws IOException;

    /** Every report, by path. */
    List<ReportSummary> documents() throws IOException;

    /** How many reports the index holds. */
    int documentCount() throws IOException;

    boolean exists(String id) throws IOException;

    /** One report with its text, extraction and figures. */
    Optional<DocumentView> document(String id) throws IOException;

    /** One report as stored (its path, format and pages), without its mentions and figures. */
    Optional<DocumentView> storedDocument(String id) throws IOException;

    /** One report's title, format, date and path (no text), or empty when there is none with this id. */
    Optional<ReportSummary> summary(String id) throws IOException;

    /** The reports most like this one (empty when there is no such report). */
    Optional<List<ReportSummary>> similar(String id, int limit) throws IOException;

    /** Figures: filters, numeric ranges, facets and paging. */
    FigureResult figures(FigureQuery query) throws IOException;

    /** Every figure that matches (its page and size ignored), from {@code offset} on, at most {@code limit}, one by one. */
    FigureExport exportFigures(FigureQuery query, long offset, long limit, FigureSink sink) throws IOException;

    /**
     * Mentions of the given entities (any, if empty) of a type (any, if null), among these reports (all, if
     * empty), in reading order (by report path, then offset), at most {@code limit}.
     */
    List<MentionHit> mentions(EntityType type, List<String> entities, List<String> docIds, int limit) throws IOException;

    /** As {@link #mentions}, without the text around each mention (""). */
    List<MentionHit> mentionsWithoutContext(EntityType type, List<String> entities, List<String> docIds, int limit)
            throws IOException;

    /** Where a region (its canonical name) is mentioned, for its page: the reports of its first mentions and the policies near them. */
    default RegionMentions regionMentions(String region) throws IOException {
        return RegionMentions.read(this::mentionsWithoutContext, region);
    }

    /** The regions mentioned, of one level (all when empty). */
    List<EntityCatalog.RegionEntry> regions(String level) throws IOException;

    /** The regions these reports mention, counted in them only (null: all reports, as {@link #regions(String)}). */
    List<EntityCatalog.RegionEntry> regions(String level, List<String> docs) throws IOException;

    /** The policies cited, of one kind (all when empty). */
    List<EntityCatalog.PolicyEntry> policies(String kind) throws IOException;

    /** The policies these reports cite, counted in them only (null: all reports). */
    List<EntityCatalog.PolicyEntry> policies(String kind, List<String> docs) throws IOException;

    /** One policy by its normalized title (with or without 《》). */
    Optional<EntityCatalog.PolicyEntry> policy(String title) throws IOException;

    /** The organizations mentioned, of one kind (all when empty). */
    List<EntityCatalog.OrgEntry> organizations(String kind) throws IOException;

    /** The organizations these reports mention, counted in them only (null: all reports). */
    List<EntityCatalog.OrgEntry> organizations(String kind, List<String> docs) throws IOException;

    /** The works (files grouped by their text), collections and tags. */
    WorkCatalog.View works() throws IOException;

    /**
     * The comparisons' input, version by version: every figure and every report's text and mentions (the engine keeps
     * the comparison table built from it, {@link CorpusSnapshot}).
     */
    CorpusSource corpus();

    /**
     * A mention type as the API and CLI take it: region, org or policy; null or blank for any.
     *
     * @throws BadQueryException for any other
     */
    static EntityType mentionType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        for (EntityType t : EntityType.values()) {
            if (t.dim().equals(type)) {
                return t;
            }
        }
        throw new BadQueryException("type must be one of region, org, policy");
    }
}
