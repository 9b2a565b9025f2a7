package com.policyminer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the evaluation's gold passages: {@code query id, DOC, substring} tab-separated, {@code #} comments,
 * DOC a unique prefix of a document's name (as in the query file). There must be exactly one for each
 * (query, grade-3 document) pair of the queries, and the substring must occur exactly once in that
 * document's text, at least {@link #MIN_LENGTH} characters long; anything else is an error by name.
 */
public final class GoldPassages {

    public static final int MIN_LENGTH = 8;

    /** The sentence an analyst would cite from {@code document} for query {@code queryId}. */
    public record Gold(String queryId, String document, String text) {

        public Gold {
            if (text.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(queryId + " " + document + ": a gold passage has at least "
                        + MIN_LENGTH + " characters, not " + text.length());
            }
        }
    }

    private GoldPassages() {
    }

    /**
     * @param texts every document's text by name (the file as read), to check each substring occurs once
     * @return the gold passages by query id, then document
     */
    public static Map<String, Map<String, Gold>> read(Path tsv, List<EvalQuery> queries, Map<String, String> texts)
            throws IOException {
        Map<String, EvalQuery> byId = new LinkedHashMap<>();
        queries.forEach(q -> byId.put(q.id(), q));
        Map<String, Map<String, Gold>> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new IOException(tsv + " line " + n + ": expected 3 tab-separated columns, got " + cols.length);
            }
            EvalQuery q = byId.get(cols[0]);
            if (q == null) {
                throw new IOException(tsv + " line " + n + ": no query " + cols[0]);
            }
            String doc = EvalQueries.resolve(cols[1], texts.keySet(), tsv, n);
            if (q.grades().getOrDefault(doc, 0) != 3) {
                throw new IOException(tsv + " line " + n + ": " + doc + " is not a grade-3 document of " + q.id());
            }
            String text = cols[2];
            int count = occurrences(texts.get(doc), text);
            if (count != 1) {
                throw new IOException(tsv + " line " + n + ": '" + text + "' occurs " + count + " times in " + doc);
            }
            Gold gold;
            try {
                gold = new Gold(q.id(), doc, text);
            } catch (IllegalArgumentException e) {
                throw new IOException(tsv + " line " + n + ": " + e.getMessage());
            }
            if (out.computeIfAbsent(q.id(), k -> new LinkedHashMap<>()).put(doc, gold) != null) {
                throw new IOException(tsv + " line " + n + ": a second gold passage for " + q.id() + " " + doc);
            }
        }
        Set<String> missing = new TreeSet<>();
        for (EvalQuery q : queries) {
            q.grades().forEach((doc, grade) -> {
                if (grade == 3 && !out.getOrDefault(q.id(), Map.of()).containsKey(doc)) {
                    missing.add(q.id() + " " + doc);
                }
            });
        }
        if (!missing.isEmpty()) {
            throw new IOException(tsv + ": no gold passage for " + missing);
        }
        return out;
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
