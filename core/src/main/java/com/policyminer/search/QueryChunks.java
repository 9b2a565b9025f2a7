package com.policyminer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chunks of a plain query: runs of text between white space (the ideographic space included), and
 * "quoted phrases", which may hold spaces and stay exact (no synonyms). 上海 "技术输出" 苏浙皖 → 上海,
 * 技术输出 (quoted), 苏浙皖.
 */
final class QueryChunks {

    /** One chunk as the analyst typed it. */
    record Chunk(String text, boolean quoted) {
    }

    private static final Pattern CHUNK = Pattern.compile("\"([^\"]*)\"|[^\\s\u3000\"]+");

    private QueryChunks() {
    }

    /** True when the query has quotes and no other Lucene syntax (then it is searched as a plain query). */
    static boolean onlyQuotes(String q) {
        long quotes = q.chars().filter(c -> c == '"').count();
        return quotes > 0 && quotes % 2 == 0 && !QueryText.looksLikeLucene(q.replace("\"", " "));
    }

    static List<Chunk> split(String q) {
        List<Chunk> out = new ArrayList<>();
        Matcher m = CHUNK.matcher(q);
        while (m.find()) {
            String quoted = m.group(1);
            String text = (quoted != null ? quoted : m.group()).strip();
            if (!text.isEmpty() && out.stream().noneMatch(c -> c.text().equals(text))) {
                out.add(new Chunk(text, quoted != null));
            }
        }
        return out;
    }
}
