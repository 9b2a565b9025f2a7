package com.policyminer.parse;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a file says it came from: a web page's {@code og:url} or canonical link as Tika reports it,
 * a {@code dc:source} or {@code dc:identifier} that is a web address, or a front-matter {@code source}
 * or {@code url}. Only http and https addresses count.
 */
public final class SourceUrl {

    /** Metadata names looked at, in this order. */
    static final java.util.List<String> KEYS = java.util.List.of("og:url", "canonical", "dc:source", "dc:identifier", "source", "url");

    private SourceUrl() {
    }

    /** The first web address among the metadata values ({@code values}: a name → its value, or null). */
    public static Optional<String> find(Function<String, String> values) {
        for (String key : KEYS) {
            String v = values.apply(key);
            if (v != null && isWebAddress(v) && v.strip().length() <= 2000) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    /** True for an absolute http or https URL with a host. */
    public static boolean isWebAddress(String s) {
        if (s == null || s.isBlank() || s.strip().chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI u = new URI(s.strip());
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The words of a URL, for searching: its host and path split at the separators (https://www.gov.cn/zhengce/a.htm → www gov cn zhengce a htm). */
    public static String words(String url) {
        return url.replaceFirst("^[a-zA-Z]+://", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
