package com.policyminer.eval;

/**
 * One system's scores over the evaluation's queries.
 *
 * @param ndcg10              mean nDCG@10 over queries with a relevant document
 * @param recall10            mean Recall@10 over the same queries
 * @param trapsAboveRelevant  queries where a false-hit trap ranks above a relevant document (see RankMetrics)
 * @param trapQueries         queries that have traps
 * @param zeroHits            queries with no hit at all
 * @param zeroWhileRelevant   queries with no hit although a relevant document exists
 * @param goldPassagePairs    (query, grade-3 document) pairs with a gold passage whose document is in the top 10;
 *                            null for a system that shows no passages (the stock indexes)
 * @param goldPassageFirstTwo of those, the pairs where one of the first two passages shown overlaps the gold passage
 * @param goldPassageShare    goldPassageFirstTwo / goldPassagePairs (NaN when there is no pair), null with no passages
 */
public record SystemScores(String system, double ndcg10, double recall10, int trapsAboveRelevant, int trapQueries,
                           int zeroHits, int zeroWhileRelevant, Integer goldPassagePairs, Integer goldPassageFirstTwo,
                           Double goldPassageShare) {

    public SystemScores {
        if ((goldPassagePairs == null) != (goldPassageFirstTwo == null)) {
            throw new IllegalArgumentException("gold passage pairs and hits come together");
        }
        goldPassageShare = goldPassagePairs == null ? null
                : goldPassagePairs == 0 ? Double.NaN : goldPassageFirstTwo / (double) goldPassagePairs;
    }

    /** Scores of a system that shows no passages. */
    public SystemScores(String system, double ndcg10, double recall10, int trapsAboveRelevant, int trapQueries,
                        int zeroHits, int zeroWhileRelevant) {
        this(system, ndcg10, recall10, trapsAboveRelevant, trapQueries, zeroHits, zeroWhileRelevant, null, null, null);
    }

    /** The same scores with the gold-passage counts of a system that shows passages. */
    public SystemScores withGoldPassages(int pairs, int firstTwo) {
        if (firstTwo < 0 || firstTwo > pairs) {
            throw new IllegalArgumentException(firstTwo + " of " + pairs);
        }
        return new SystemScores(system, ndcg10, recall10, trapsAboveRelevant, trapQueries, zeroHits, zeroWhileRelevant,
                pairs, firstTwo, null);
    }
}
