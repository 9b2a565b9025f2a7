package com.policyminer.solr.plugin;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.StandardQueries;
import com.policyminer.index.Analyzers;
import com.policyminer.index.StoredJson;
import com.policyminer.search.BadQueryException;
import com.policyminer.search.FigureQueries;
import com.policyminer.search.FigureQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;

/**
 * {@code {!pmfigures}}: the query of a figure search (the {@link FigureQuery} as JSON in {@value #PARAM}),
 * built by the project's own code ({@link FigureQueries}) as the embedded index builds it.
 */
public final class FigureQParserPlugin extends QParserPlugin {

    public static final String NAME = "pmfigures";
    public static final String PARAM = "pm.figures";

    private static volatile FigureQueries queries;

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                try {
                    return queries().build(read(params.get(PARAM)));
                } catch (BadQueryException e) {
                    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage());
                }
            }
        };
    }

    private static FigureQuery read(String json) {
        if (json == null) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, PARAM + " is missing");
        }
        try {
            return StoredJson.MAPPER.readValue(json, FigureQuery.class);
        } catch (java.io.IOException e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, PARAM + ": " + e.getMessage());
        }
    }

    private static FigureQueries queries() {
        FigureQueries q = queries;
        if (q == null) {
            synchronized (FigureQParserPlugin.class) {
                q = queries;
                if (q == null) {
                    q = StandardQueries.figures(new Analyzers(new HanLPAnalyzer()));
                    queries = q;
                }
            }
        }
        return q;
    }
}
