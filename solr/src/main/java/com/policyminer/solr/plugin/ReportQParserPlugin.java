package com.policyminer.solr.plugin;

import com.policyminer.search.BadQueryException;
import com.policyminer.search.ReportQueries;
import com.policyminer.search.SearchRequest;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * {@code {!policyminer}}: the report query of a search ({@code pm.*} parameters, see {@link ReportParams}), built
 * by the project's own code ({@link ReportQueries}) as the embedded index builds it, with the collection's counts
 * ({@link ReplayedCounts}): so Solr and the embedded index run one query. A bad query is a 400 with its reason.
 */
public final class ReportQParserPlugin extends QParserPlugin {

    public static final String NAME = "policyminer";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                return query(params, req);
            }
        };
    }

    static Query query(SolrParams params, SolrQueryRequest req) {
        ReportParams.Stage stage = ReportParams.stage(params);
        try {
            SearchRequest r = ReportParams.request(params);
            ReportQueries queries = PluginQueries.get();
            ReportQueries.Parsed parsed = parsed(r, stage, req);
            if (stage.count()) {
                throw new SolrException(SolrException.ErrorCode.BAD_REQUEST,
                        "pm.count: the parse asked for " + stage.answers().size() + " counts at most");
            }
            Query text = parsed == null ? null : stage.relaxed() > 0 ? parsed.relaxed(stage.relaxed()) : parsed.strict();
            return queries.build(r, text);
        } catch (ReplayedCounts.CountNeeded needed) {
            if (!stage.count()) {
                throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "pm.answers: too few for the parse of this query");
            }
            return needed.query();
        } catch (BadQueryException e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage());
        }
    }

    /** The parsed text of the request at this stage (null for no text), replaying the stage's answers. */
    static ReportQueries.Parsed parsed(SearchRequest r, ReportParams.Stage stage, SolrQueryRequest req) {
        if (r.q().isBlank()) {
            return null;
        }
        return PluginQueries.get().parse(r, new ReplayedCounts(stage.answers()), req.getSearcher().getIndexReader(),
                stage.bigrams(), stage.alternatives());
    }
}
