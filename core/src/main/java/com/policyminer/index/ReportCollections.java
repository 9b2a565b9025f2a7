package com.policyminer.index;

import com.policyminer.model.ParsedDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The collections and tags of a report. Collections: those its sidecar names (metadata
 * {@link #COLLECTIONS}, one a line; an empty value is none), else its corpus folders — a file at
 * {@code 项目/西安/a.pdf} is in {@code 项目} and {@code 项目/西安}; a file at the top is in none, and so is an
 * upload ({@value #UPLOADS}{@code /<sha-256>.pdf}: the folder the server stores uploads in is no folder an
 * analyst made). Tags: its sidecar's ({@link #TAGS}).
 */
public final class ReportCollections {

    /** Metadata key of the collections a sidecar names, one a line. */
    public static final String COLLECTIONS = "collections";
    /** Metadata key of the tags a sidecar names, one a line. */
    public static final String TAGS = "tags";
    /** The corpus folder uploads are stored in (as {@code ingest.UploadIngest.FOLDER}): no collection. */
    public static final String UPLOADS = "uploads";
    /** Longest collection or tag name. */
    public static final int MAX_NAME = 200;

    private ReportCollections() {
    }

    public static List<String> collections(ParsedDocument d) {
        String given = d.metadata().get(COLLECTIONS);
        return given != null ? lines(given) : folders(d.path());
    }

    public static List<String> tags(ParsedDocument d) {
        String given = d.metadata().get(TAGS);
        return given == null ? List.of() : lines(given);
    }

    /** The folders above a corpus path, outermost first (none for an upload). */
    static List<String> folders(String path) {
        List<String> out = new ArrayList<>();
        if (path.startsWith(UPLOADS + "/")) {
            return out;
        }
        int slash = path.indexOf('/');
        while (slash > 0) {
            out.add(path.substring(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
        return out;
    }

    private static List<String> lines(String s) {
        return List.copyOf(new LinkedHashSet<>(s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
    }

    /** A collection or tag name as given by a person: stripped, without control characters, at most {@value #MAX_NAME} characters; null if empty. */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String n = name.replaceAll("\\p{Cntrl}", " ").strip();
        return n.isEmpty() ? null : n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }
}
