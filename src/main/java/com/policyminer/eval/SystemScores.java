package com.policyminer.eval;

/**
 * One system's scores over the evaluation's queries.
 *
 * @param ndcg10             mean nDCG@10 over queries with a relevant document
 * @param recall10           mean Recall@10 over the same queries
 * @param trapsAboveRelevant queries where a false-hit trap ranks above a relevant document (see RankMetrics)
 * @param trapQueries        queries that have traps
 * @param zeroHits           queries with no hit at all
 * @param zeroWhileRelevant  queries with no hit although a relevant document exists
 */
public record SystemScores(String system, double ndcg10, double recall10, int trapsAboveRelevant, int trapQueries,
                           int zeroHits, int zeroWhileRelevant) {
}
