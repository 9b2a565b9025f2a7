package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.extract.region.Region;
import com.policyminer.model.EntityType;
import com.policyminer.search.EntityCatalog;
import com.policyminer.search.ExportCsv;
import com.policyminer.search.FigureQuery;
import com.policyminer.search.MentionHit;
import com.policyminer.search.RegionMentions;
import com.policyminer.search.SearchService;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Regions, organizations, policies and their mentions: /api/regions, /api/policies, /api/orgs, /api/mentions. */
final class EntityHandlers {

    private static final int MENTION_LIMIT = 2000;
    /** Mentions a region's page lists with their context at first ({@code mentions=}; the rest are counted). */
    static final int REGION_MENTIONS_SHOWN = 50;
    /** The most {@code mentions=} asks for. */
    static final int REGION_MENTIONS_MAX = 300;
    /** Figures a region's page lists at first ({@code figures=}; {@code figureTotal} counts them all). */
    static final int REGION_FIGURES_SHOWN = 100;
    /** The most {@code figures=} asks for. */
    static final int REGION_FIGURES_MAX = 1000;

    private final Engine engine;

    EntityHandlers(Engine engine) {
        this.engine = engine;
    }

    /** A document citing an entity, with its mentions. */
    record CitingDocument(String id, String title, String path, int mentions, List<MentionHit> passages) {
    }

    void regions(Context ctx) throws IOException {
        String format = Export.format(ctx);
        var out = engine.reads().regions(Params.string(ctx, "level", ""), inCollections(ctx));
        Export.send(ctx, format, "regions", () -> ExportCsv.regions(out), Map.of("total", out.size(), "regions", out));
    }

    void region(Context ctx) throws IOException {
        String asked = ctx.pathParam("name");
        Region region = engine.gazetteer().lookup(asked)
                .orElseThrow(() -> new NotFoundException("no region named " + clip(asked)));
        // the first ones only, by default: each mention shown reads its report's text, each figure is a stored
        // row; the page asks for more when the reader wants them
        int mentionsShown = Params.integer(ctx, "mentions", REGION_MENTIONS_SHOWN, 0, REGION_MENTIONS_MAX);
        int figuresShown = Params.integer(ctx, "figures", REGION_FIGURES_SHOWN, 0, REGION_FIGURES_MAX);
        List<String> children = engine.gazetteer().all().stream()
                .filter(r -> !r.parents().isEmpty() && r.parents().get(0).equals(region.name()) && !r.isMacroRegion())
                .map(Region::name).toList();
        // where the mentions are (no text read; kept per index version) for the documents and the policies near
        // them; the context (each report's text read) only for the first ones, which the page lists
        RegionMentions where = engine.reads().regionMentions(region.name());
        List<MentionHit> shown = where.first(engine.reads()::mentions, region.name(), mentionsShown);
        var figures = engine.reads().figures(new FigureQuery("", List.of(region.name()), false, List.of(), "", false, null, null, "", "",
                List.of(), null, null, "document", 1, Math.max(1, figuresShown)));
        Map<String, Object> regionInfo = new LinkedHashMap<>();
        regionInfo.put("name", region.name());
        regionInfo.put("level", region.level());
        regionInfo.put("code", region.code());
        regionInfo.put("parents", region.parents());
        regionInfo.put("macroRegions", engine.gazetteer().macroRegionsOf(region.name()));
        regionInfo.put("children", children);
        regionInfo.put("members", region.members());
        regionInfo.put("aliases", region.aliases());
        regionInfo.put("foreign", region.foreign());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", regionInfo);
        body.put("documents", where.documents().stream()
                .map(d -> new CitingDocument(d.id(), d.title(), d.path(), d.mentions(), List.of())).toList());
        body.put("mentionTotal", where.mentionTotal());
        body.put("mentionTotalCapped", where.capped());
        body.put("mentions", shown);
        body.put("figureTotal", figures.total());
        body.put("figures", figuresShown == 0 ? List.of() : figures.figures());
        body.put("policies", where.policies());
        ctx.json(body);
    }

    void policies(Context ctx) throws IOException {
        String format = Export.format(ctx);
        var out = engine.reads().policies(Params.string(ctx, "kind", ""), inCollections(ctx));
        Export.send(ctx, format, "policies", () -> ExportCsv.policies(out), Map.of("total", out.size(), "policies", out));
    }

    void policy(Context ctx) throws IOException {
        String title = ctx.pathParam("title");
        EntityCatalog.PolicyEntry p = engine.reads().policy(title)
                .orElseThrow(() -> new NotFoundException("no policy titled " + clip(title)));
        List<MentionHit> mentions = engine.reads().mentions(EntityType.POLICY, List.of(p.title()), List.of(), MENTION_LIMIT);
        ctx.json(Map.of("policy", p, "documents", byDocument(mentions, true)));
    }

    void orgs(Context ctx) throws IOException {
        String format = Export.format(ctx);
        var out = engine.reads().organizations(Params.string(ctx, "kind", ""), inCollections(ctx));
        Export.send(ctx, format, "organizations", () -> ExportCsv.organizations(out), Map.of("total", out.size(), "organizations", out));
    }

    void mentions(Context ctx) throws IOException {
        String format = Export.format(ctx);
        String type = Params.string(ctx, "type", null);
        List<String> entities = Params.list(ctx, "entity");
        if (type != null && type.equals("region")) {
            List<String> canonical = new ArrayList<>();
            entities.forEach(e -> canonical.add(engine.gazetteer().lookup(e).map(Region::name).orElse(e)));
            entities = canonical;
        }
        int limit = Params.integer(ctx, "limit", 500, 1, 10_000);
        List<MentionHit> hits = engine.reads().mentions(SearchService.mentionType(type), entities,
                CollectionHandlers.documents(ctx, engine, Params.list(ctx, "doc")), limit);
        Export.send(ctx, format, "mentions", () -> ExportCsv.mentions(hits), Map.of("total", hits.size(), "mentions", hits));
    }

    /** The reports of the request's {@code collection=} and {@code tag=}, or null when it has neither (the whole corpus). */
    private List<String> inCollections(Context ctx) throws IOException {
        List<String> docs = CollectionHandlers.documents(ctx, engine, List.of());
        return docs.isEmpty() ? null : docs;
    }

    private static List<CitingDocument> byDocument(List<MentionHit> mentions, boolean withPassages) {
        Map<String, List<MentionHit>> byDoc = new LinkedHashMap<>();
        mentions.forEach(m -> byDoc.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m));
        List<CitingDocument> out = new ArrayList<>();
        byDoc.forEach((id, ms) -> out.add(new CitingDocument(id, ms.get(0).docTitle(), ms.get(0).docPath(), ms.size(),
                withPassages ? ms : List.of())));
        return out;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
