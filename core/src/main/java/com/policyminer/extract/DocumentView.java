package com.policyminer.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.Page;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
import com.policyminer.model.Table;
import com.policyminer.model.TextBlock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stable JSON shape of a parsed and extracted document, as printed by {@code extract FILE --json}
 * and served by {@code GET /api/documents/{id}}. All offsets are into {@link #text}.
 */
public record DocumentView(String id, String path, String title, LocalDate date, String format,
                           String mediaType, long sizeBytes, Map<String, String> metadata, String text,
                           List<TextBlock> blocks, List<Table> tables, List<Figure> figures,
                           List<Entity> regions, List<Entity> organizations, List<PolicyMention> policies,
                           List<Page> pages) {

    public DocumentView {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** A region or organization with all its mentions in this document. */
    public record Entity(String name, String level, String code, List<String> parents, boolean foreign,
                         String kind, List<Span> mentions) {
    }

    /** One place in the text; in a paged document, with its page (physical number and printed label). */
    public record Span(String surface, int start, int end,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String pageLabel) {
        static Span of(Mention m) {
            return new Span(m.surface(), m.start(), m.end(), m.page(), m.pageLabel());
        }
    }

    /** Number of pages: 0 for a document without pages (every format but PDF). */
    @JsonProperty(value = "pageCount", access = JsonProperty.Access.READ_ONLY)
    public int pageCount() {
        return pages.size();
    }

    /**
     * The file's own name: for an upload, the name it was uploaded under (kept in the metadata as
     * {@code fileName}; the stored copy is named by its content hash); else the last part of the path.
     */
    @JsonProperty(value = "fileName", access = JsonProperty.Access.READ_ONLY)
    public String fileName() {
        return ParsedDocument.fileName(path, metadata);
    }

    public static DocumentView of(ParsedDocument d, Extraction x) {
        return new DocumentView(d.id(), d.path(), d.title(), d.date(), d.format(), d.mediaType(),
                d.sizeBytes(), d.metadata(), d.text(), d.blocks(), d.tables(), x.figures(),
                regions(x.regions()), organizations(x.organizations()), x.policies(), d.pages());
    }

    /** The same view with another text (the index stores the view without its text, which the body field holds). */
    public DocumentView withText(String newText) {
        return new DocumentView(id, path, title, date, format, mediaType, sizeBytes, metadata, newText, blocks, tables,
                figures, regions, organizations, policies, pages);
    }

    /** The parsed document this view was made from. */
    public ParsedDocument document() {
        return new ParsedDocument(id, path, title, date, format, mediaType, sizeBytes, metadata, text, blocks, tables, pages);
    }

    private static List<Entity> regions(List<RegionMention> mentions) {
        Map<String, List<RegionMention>> byName = new LinkedHashMap<>();
        mentions.forEach(m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m));
        List<Entity> out = new ArrayList<>();
        byName.forEach((name, ms) -> {
            RegionMention first = ms.get(0);
            out.add(new Entity(name, first.level(), first.code(), first.parents(), first.foreign(), "region",
                    ms.stream().map(Span::of).toList()));
        });
        return out;
    }

    private static List<Entity> organizations(List<OrganizationMention> mentions) {
        Map<String, List<OrganizationMention>> byName = new LinkedHashMap<>();
        mentions.forEach(m -> byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m));
        List<Entity> out = new ArrayList<>();
        byName.forEach((name, ms) -> out.add(new Entity(name, "", "", List.of(), false, ms.get(0).kind(),
                ms.stream().map(Span::of).toList())));
        return out;
    }
}
