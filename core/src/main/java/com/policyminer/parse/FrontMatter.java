package com.policyminer.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jekyll/Hugo-style front matter: a leading block between two "---" lines holding "key: value" pairs. */
record FrontMatter(Map<String, String> fields, String body) {

    private static final Pattern BLOCK = Pattern.compile("\\A\\s*---[ \\t]*\\n(.*?)\\n---[ \\t]*(\\n|\\z)", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");

    /** Splits front matter from the body; text without front matter comes back whole with no fields. */
    static FrontMatter split(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return new FrontMatter(Map.of(), text);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : m.group(1).split("\n")) {
            Matcher f = FIELD.matcher(line.strip());
            if (f.matches()) {
                fields.put(f.group(1).toLowerCase(), unquote(f.group(2).strip()));
            }
        }
        if (fields.isEmpty()) {
            return new FrontMatter(Map.of(), text);
        }
        return new FrontMatter(fields, text.substring(m.end()));
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
