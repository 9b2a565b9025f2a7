package com.policyminer.search;

import com.policyminer.index.Context;
import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;
import org.apache.lucene.util.IOSupplier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One report's mention hits, in reading order: what the mention search returns for it, on either backend. */
public final class ReportMentionHits {

    private ReportMentionHits() {
    }

    /**
     * @param found  the report's mentions by kind
     * @param wanted the entities asked for (all when empty)
     * @param text   the report's text, read only when a mention is found ("" for no context)
     */
    public static List<MentionHit> of(String docId, String title, String path, Map<EntityType, List<Mention>> found,
                                      Set<String> wanted, IOSupplier<String> text) throws IOException {
        List<MentionHit> out = new ArrayList<>();
        String body = null;
        for (Map.Entry<EntityType, List<Mention>> e : found.entrySet()) {
            for (Mention m : e.getValue()) {
                String entity = e.getKey().entityOf(m);
                if (!wanted.isEmpty() && !wanted.contains(entity)) {
                    continue;
                }
                if (body == null) {
                    body = text.get();
                }
                out.add(new MentionHit(e.getKey().dim(), entity, docId, title, path, m.surface(), m.start(), m.end(),
                        m.end() <= body.length() ? Context.around(body, m.start(), m.end()) : "", m.page(), m.pageLabel()));
            }
        }
        out.sort(Comparator.comparingInt(MentionHit::start)); // the kinds interleave in reading order
        return out;
    }
}
