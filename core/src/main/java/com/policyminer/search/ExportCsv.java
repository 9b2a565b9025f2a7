package com.policyminer.search;

import java.util.List;

/**
 * Search results, mentions and entity lists as CSV (RFC 4180 quoting, a UTF-8 BOM so spreadsheets read
 * the Chinese, formula-looking cells defused as in {@link FigureCsv}), for {@code format=csv} on the API
 * and {@code --csv} in the CLI. A passage's {@code <mark>} tags and HTML escapes become plain text.
 */
public final class ExportCsv {

    private ExportCsv() {
    }

    /** One row per hit: its first passage as plain text, with its page. */
    public static String hits(SearchResult r) {
        StringBuilder b = header("rank,id,title,fileName,path,date,format,score,page,passage");
        int rank = (r.page() - 1) * r.size();
        for (SearchResult.Hit h : r.hits()) {
            SearchResult.Passage p = h.passages().isEmpty() ? null : h.passages().get(0);
            row(b, ++rank, h.id(), h.title(), h.fileName(), h.path(), h.date(), h.format(), (double) h.score(),
                    p == null ? null : p.pageLabel(), p == null ? null : plain(p.html()));
        }
        return b.toString();
    }

    public static String mentions(List<MentionHit> mentions) {
        StringBuilder b = header("type,entity,surface,docId,docTitle,docPath,start,end,page,pageLabel,context");
        for (MentionHit m : mentions) {
            row(b, m.type(), m.entity(), m.surface(), m.docId(), m.docTitle(), m.docPath(), m.start(), m.end(),
                    m.page(), m.pageLabel(), m.context());
        }
        return b.toString();
    }

    public static String regions(List<EntityCatalog.RegionEntry> regions) {
        StringBuilder b = header("name,level,code,parents,foreign,mentions,documents");
        for (EntityCatalog.RegionEntry r : regions) {
            row(b, r.name(), r.level(), r.code(), String.join(" > ", r.parents()), r.foreign(), r.mentions(), r.documents());
        }
        return b.toString();
    }

    public static String policies(List<EntityCatalog.PolicyEntry> policies) {
        StringBuilder b = header("title,kind,isPolicy,issuer,date,docNumber,mentions,documents");
        for (EntityCatalog.PolicyEntry p : policies) {
            row(b, p.title(), p.kind(), p.isPolicy(), p.issuer(), p.date(), p.docNumber(), p.mentions(), p.documents());
        }
        return b.toString();
    }

    public static String organizations(List<EntityCatalog.OrgEntry> orgs) {
        StringBuilder b = header("name,kind,level,parent,mentions,documents");
        for (EntityCatalog.OrgEntry o : orgs) {
            row(b, o.name(), o.kind(), o.level(), o.parent(), o.mentions(), o.documents());
        }
        return b.toString();
    }

    /** A passage's text: the server's escaped HTML with {@code <mark>} around matches, as plain text. */
    static String plain(String html) {
        return html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }

    private static StringBuilder header(String columns) {
        return new StringBuilder("\uFEFF").append(columns).append("\r\n");
    }

    private static void row(StringBuilder b, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(FigureCsv.cell(cells[i]));
        }
        b.append("\r\n");
    }
}
