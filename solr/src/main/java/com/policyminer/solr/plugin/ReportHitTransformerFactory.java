package com.policyminer.solr.plugin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.policyminer.search.ReportQueries;
import com.policyminer.search.SearchRequest;
import com.policyminer.search.SearchResult;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.transform.DocTransformer;
import org.apache.solr.response.transform.TransformerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code [pmhit]}: what a hit shows beside its fields, made on the shard that holds it by the project's own code,
 * as the embedded search makes it: its best passages (with their pages) and, for a plain query whose hits may
 * match its chunks differently, how it matched each chunk. One JSON value, in the field {@code [pmhit]}.
 */
public final class ReportHitTransformerFactory extends TransformerFactory {

    public static final String NAME = "pmhit";
    /** The field a hit's JSON comes back in (a transformer's value is named as it was asked for). */
    public static final String FIELD = "[" + NAME + "]";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public DocTransformer create(String field, SolrParams params, SolrQueryRequest req) {
        return new DocTransformer() {
            private ReportQueries.Parsed parsed;
            private boolean tiered;

            @Override
            public String getName() {
                return field;
            }

            @Override
            public boolean needsSolrIndexSearcher() {
                return true;
            }

            @Override
            public void transform(SolrDocument doc, int docid) throws IOException {
                SolrParams all = req.getParams();
                if (parsed == null) {
                    SearchRequest r = ReportParams.request(all);
                    ReportParams.Stage stage = ReportParams.stage(all);
                    parsed = ReportQParserPlugin.parsed(r, stage, req);
                    if (parsed == null) {
                        return;
                    }
                    tiered = parsed.tiered(stage.relaxed() > 0);
                }
                var searcher = req.getSearcher();
                Map<String, Object> out = new LinkedHashMap<>();
                Map<Integer, List<SearchResult.Passage>> passages =
                        PluginQueries.get().passages(searcher, parsed, List.of(new ScoreDoc(docid, 0f)));
                out.put("passages", passages.getOrDefault(docid, List.of()));
                if (tiered) {
                    out.put("matches", parsed.matches(searcher, new int[] {docid}).get(0));
                }
                doc.setField(field, JSON.writeValueAsString(out));
            }
        };
    }
}
