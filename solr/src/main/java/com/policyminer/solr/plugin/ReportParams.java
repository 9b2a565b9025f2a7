package com.policyminer.solr.plugin;

import com.policyminer.search.SearchRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report search as Solr request parameters ({@code pm.*}), read back on every shard by the query parser and
 * the hit transformer: the request itself and the stage of the search (see {@link Stage}).
 */
public final class ReportParams {

    static final String Q = "pm.q";
    static final String SYNTAX = "pm.syntax";
    static final String SIZE = "pm.size";
    static final String DOCS = "pm.docs";
    static final String FROM = "pm.from";
    static final String TO = "pm.to";
    static final String REGIONS = "pm.regions";
    static final String EXPAND = "pm.expand";
    static final String POLICIES = "pm.policies";
    static final String ORGS = "pm.orgs";
    static final String SYNONYMS = "pm.synonyms";
    static final String BIGRAMS = "pm.bigrams";
    static final String ALTERNATIVES = "pm.alternatives";
    static final String RELAXED = "pm.relaxed";
    static final String ANSWERS = "pm.answers";
    static final String COUNT = "pm.count";

    private ReportParams() {
    }

    /**
     * Which query of a search: the text parsed with or without bigrams for every word and with or without a plain
     * query's alternatives, every chunk required ({@code relaxed} 0) or at least {@code relaxed} of them; the
     * counts the parse asked for, in the order it asked ({@code answers}, see {@link ReplayedCounts}); with
     * {@code count}, the query is the one whose count the parse asks for next, not the search's.
     */
    public record Stage(boolean bigrams, boolean alternatives, int relaxed, List<Long> answers, boolean count) {

        public Stage {
            answers = List.copyOf(answers);
        }

        public Stage relaxedTo(int k) {
            return new Stage(bigrams, alternatives, k, answers, false);
        }

        public Stage counting(List<Long> sofar) {
            return new Stage(bigrams, alternatives, relaxed, sofar, true);
        }
    }

    public static ModifiableSolrParams of(SearchRequest r, Stage s) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set(Q, r.q());
        p.set(SYNTAX, r.syntax());
        p.set(SIZE, r.size());
        r.docs().forEach(d -> p.add(DOCS, d));
        if (r.from() != null) {
            p.set(FROM, r.from().toString());
        }
        if (r.to() != null) {
            p.set(TO, r.to().toString());
        }
        r.regions().forEach(v -> p.add(REGIONS, v));
        p.set(EXPAND, r.expand());
        r.policies().forEach(v -> p.add(POLICIES, v));
        r.orgs().forEach(v -> p.add(ORGS, v));
        p.set(SYNONYMS, r.synonyms());
        p.set(BIGRAMS, s.bigrams());
        p.set(ALTERNATIVES, s.alternatives());
        p.set(RELAXED, s.relaxed());
        p.set(ANSWERS, String.join(",", s.answers().stream().map(String::valueOf).toList()));
        p.set(COUNT, s.count());
        return p;
    }

    public static SearchRequest request(SolrParams p) {
        return new SearchRequest(p.get(Q, ""), p.get(SYNTAX, "auto"), 1, p.getInt(SIZE, 10), null, list(p, DOCS),
                date(p.get(FROM)), date(p.get(TO)), "relevance", list(p, REGIONS), p.getBool(EXPAND, false),
                list(p, POLICIES), list(p, ORGS), p.getBool(SYNONYMS, true), false);
    }

    public static Stage stage(SolrParams p) {
        String answers = p.get(ANSWERS, "");
        List<Long> parsed = answers.isEmpty() ? List.of()
                : Arrays.stream(answers.split(",")).map(Long::parseLong).toList();
        return new Stage(p.getBool(BIGRAMS, false), p.getBool(ALTERNATIVES, false), p.getInt(RELAXED, 0), parsed,
                p.getBool(COUNT, false));
    }

    private static List<String> list(SolrParams p, String name) {
        String[] v = p.getParams(name);
        return v == null ? List.of() : new ArrayList<>(List.of(v));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
