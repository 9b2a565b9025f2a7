package com.policyminer.search;

import org.apache.lucene.queryparser.classic.QueryParser;

import java.util.regex.Pattern;

/** Decides whether a query string uses Lucene syntax, and makes plain strings safe to parse. */
final class QueryText {

    private static final Pattern LUCENE = Pattern.compile(
            "\"|\\b(AND|OR|NOT)\\b|(^|\\s)[+-]\\S|[()\\[\\]{}~^*?]|\\b[a-z_]+:\\S|\\|\\||&&");

    private QueryText() {
    }

    static boolean looksLikeLucene(String q) {
        return LUCENE.matcher(q).find();
    }

    /** Every whitespace-separated chunk escaped: chunks are ANDed, each one a phrase. */
    static String plain(String q) {
        StringBuilder b = new StringBuilder();
        for (String chunk : q.strip().split("\\s+")) {
            if (!chunk.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(QueryParser.escape(chunk));
            }
        }
        return b.toString();
    }
}
