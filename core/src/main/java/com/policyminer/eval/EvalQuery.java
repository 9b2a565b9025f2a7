package com.policyminer.eval;

import java.util.Map;
import java.util.Set;

/**
 * One analyst query of the search evaluation with its judgments.
 *
 * @param grades relevance of the judged documents (file names), 1 (a relevant mention) to 3 (about exactly this)
 * @param traps  documents where the query's characters occur only as a false hit (苏南 inside 江苏南京)
 */
public record EvalQuery(String id, String kind, String text, Map<String, Integer> grades, Set<String> traps) {

    public EvalQuery {
        grades = Map.copyOf(grades);
        traps = Set.copyOf(traps);
        if (grades.keySet().stream().anyMatch(traps::contains)) {
            throw new IllegalArgumentException(id + ": a document is judged both relevant and a trap");
        }
    }
}
