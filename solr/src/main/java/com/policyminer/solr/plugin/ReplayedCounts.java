package com.policyminer.solr.plugin;

import com.policyminer.search.IndexCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.List;

/**
 * The counts a query's parse asks for, answered from a list made for the whole collection. Building a report
 * query asks the index how many reports match a chunk (to rank the rarer chunk first, to add alternatives when a
 * phrase is rare) and whether a term exists (else the bigram field answers): on one shard those are the shard's
 * numbers, and shards would build different queries. So the client parses first, and each time the parse asks,
 * it asks the collection: it sends the answers so far, each shard replays the parse up to the question and
 * returns its query ({@link CountNeeded}), and the collection's count is the next answer. With every answer
 * given, every shard builds the same query, the one the collection's numbers make.
 */
public final class ReplayedCounts implements IndexCounts {

    /** The parse asked a question beyond the answers: the query to count. */
    public static final class CountNeeded extends RuntimeException {
        private final transient Query query;

        CountNeeded(Query query) {
            super("count needed", null, false, false);
            this.query = query;
        }

        public Query query() {
            return query;
        }
    }

    private final List<Long> answers;
    private int next;

    public ReplayedCounts(List<Long> answers) {
        this.answers = answers;
    }

    @Override
    public long count(Query q) {
        if (next < answers.size()) {
            return answers.get(next++);
        }
        throw new CountNeeded(q);
    }

    /** A term exists when some document has it: the count of its term query (documents deleted but not yet merged away do not count). */
    @Override
    public boolean hasTerm(Term t) {
        return count(new TermQuery(t)) > 0;
    }
}
