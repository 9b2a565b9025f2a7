package com.policyminer.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the evaluation's query file: {@code id, kind, query, judgments} tab-separated, {@code #} comments;
 * a judgment is {@code DOC:GRADE} (1–3) or {@code DOC:T} (a trap), DOC a unique prefix of a document's
 * file name. A prefix that names no document, or several, is an error.
 */
public final class EvalQueries {

    private EvalQueries() {
    }

    public static List<EvalQuery> read(Path tsv, Set<String> documents) throws IOException {
        List<EvalQuery> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new IOException(tsv + " line " + n + ": expected 4 tab-separated columns, got " + cols.length);
            }
            if (!ids.add(cols[0])) {
                throw new IOException(tsv + " line " + n + ": duplicate query id " + cols[0]);
            }
            Map<String, Integer> grades = new LinkedHashMap<>();
            Set<String> traps = new HashSet<>();
            for (String judgment : cols[3].trim().split("\\s+")) {
                int colon = judgment.lastIndexOf(':');
                if (colon <= 0) {
                    throw new IOException(tsv + " line " + n + ": judgment '" + judgment + "' is not DOC:GRADE");
                }
                String doc = resolve(judgment.substring(0, colon), documents, tsv, n);
                String grade = judgment.substring(colon + 1);
                if (grade.equals("T")) {
                    traps.add(doc);
                } else {
                    int g = Integer.parseInt(grade);
                    if (g < 1 || g > 3) {
                        throw new IOException(tsv + " line " + n + ": grade must be 1–3 or T, not " + grade);
                    }
                    grades.put(doc, g);
                }
            }
            out.add(new EvalQuery(cols[0], cols[1], cols[2], grades, traps));
        }
        return out;
    }

    static String resolve(String prefix, Set<String> documents, Path tsv, int line) throws IOException {
        List<String> matches = documents.stream().filter(d -> d.startsWith(prefix)).toList();
        if (matches.size() != 1) {
            throw new IOException(tsv + " line " + line + ": '" + prefix + "' names " + matches.size() + " documents " + matches);
        }
        return matches.get(0);
    }
}
