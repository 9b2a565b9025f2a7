package com.policyminer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed query list in {@code bench/queries.txt}, and the literal strings a text scan looks for. */
final class BenchQueries {

    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"|([^\\s()\"]+)");

    private BenchQueries() {
    }

    static List<String> load() {
        try (InputStream in = BenchQueries.class.getResourceAsStream("/bench/queries.txt")) {
            if (in == null) {
                throw new IllegalStateException("bench/queries.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words and phrases of a query, without operators: what {@code grep -F} is given. */
    static List<String> literals(String query) {
        Matcher m = LITERAL.matcher(query);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            String s = m.group(1) != null ? m.group(1) : m.group(2);
            if (!List.of("AND", "OR", "NOT").contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
