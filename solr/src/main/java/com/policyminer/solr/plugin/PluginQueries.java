package com.policyminer.solr.plugin;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.search.ReportQueries;

/** The report query builder a Solr node's plugins share: made once, with the project's analyzers and expanders. */
final class PluginQueries {

    private static volatile ReportQueries queries;

    private PluginQueries() {
    }

    static ReportQueries get() {
        ReportQueries q = queries;
        if (q == null) {
            synchronized (PluginQueries.class) {
                q = queries;
                if (q == null) {
                    q = com.policyminer.app.StandardQueries.of(new com.policyminer.index.Analyzers(new HanLPAnalyzer()));
                    queries = q;
                }
            }
        }
        return q;
    }
}
