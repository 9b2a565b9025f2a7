package com.policyminer.search;


import java.util.regex.Pattern;

/** Decides whether a query string uses Lucene syntax. */
final class QueryText {

    private static final Pattern LUCENE = Pattern.compile(
            "\"|\\b(AND|OR|NOT)\\b|(^|\\s)[+-]\\S|[()\\[\\]{}~^*?]|\\b[a-z_]+:\\S|\\|\\||&&");

    private QueryText() {
    }

    static boolean looksLikeLucene(String q) {
        return LUCENE.matcher(q).find();
    }
}
