package com.policyminer.app;

import com.policyminer.compare.IndicatorConcepts;
import com.policyminer.extract.policy.PolicyNames;
import com.policyminer.extract.region.Gazetteer;
import com.policyminer.index.Analyzers;
import com.policyminer.search.ReportQueries;

import java.util.function.Supplier;

/**
 * Report queries built with the expanders the engine's own search uses (the standard gazetteer, indicator concepts
 * and policy names), for a backend that builds them elsewhere: the Solr query parser plugin and its client. A class
 * of its own so that a Solr node loads it without the engine (and the parsers the engine needs).
 */
public final class StandardQueries {

    private StandardQueries() {
    }

    /** Figure queries with the standard gazetteer (a subject's sub-regions). */
    public static com.policyminer.search.FigureQueries figures(Analyzers analyzers) {
        return new com.policyminer.search.FigureQueries(analyzers, new GazetteerExpander(Gazetteer::standard));
    }

    public static ReportQueries of(Analyzers analyzers) {
        Supplier<Gazetteer> gazetteer = Gazetteer::standard;
        return new ReportQueries(analyzers, new GazetteerExpander(gazetteer),
                new ConceptExpander(gazetteer, IndicatorConcepts.standard(), PolicyNames.standard()));
    }
}
