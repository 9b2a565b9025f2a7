package com.policyminer.works;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files grouped into works (see {@link WorkGrouper}).
 *
 * @param works      every work, each with its files in path order (a file alone is a work of one)
 * @param links      works that share long passages: versions and overlaps
 * @param candidates candidate pairs the grouping compared (for the benchmark)
 * @param verified   pairs whose exact similarity was measured (their estimate was near the rule)
 */
public record Works(List<Work> works, List<Link> links, long candidates, long verified) {

    public Works(List<Work> works, List<Link> links, long candidates) {
        this(works, links, candidates, 0);
    }

    public Works {
        works = List.copyOf(works);
        links = List.copyOf(links);
    }

    /** No files. */
    public static final Works NONE = new Works(List.of(), List.of(), 0, 0);

    /**
     * One report, in one or more files.
     *
     * @param id    the content id of its first file in path order
     * @param files its files, in path order
     */
    public record Work(String id, List<Member> files) {
        public Work {
            files = List.copyOf(files);
        }
    }

    /**
     * A file of a work.
     *
     * @param fileName   its own name (the uploaded name, else the last part of its path)
     * @param similarity Jaccard similarity of its text with the work's first file (1.0 for that one): exact when
     *                   the text was at hand (the index's works), else estimated
     */
    public record Member(String docId, String path, String fileName, double similarity) {
    }

    /**
     * Two works that share long passages.
     *
     * @param kind       {@link #VERSION} (most of one is in the other) or {@link #OVERLAP}
     * @param similarity estimated Jaccard similarity of their closest files
     * @param shareA     share of work a's text found in work b
     * @param shareB     share of work b's text found in work a
     */
    public record Link(String a, String b, String kind, double similarity, double shareA, double shareB) {
        public static final String VERSION = "version";
        public static final String OVERLAP = "overlap";
    }

    /** Document id → its work's id. */
    public Map<String, String> workOfDocument() {
        Map<String, String> out = new HashMap<>();
        works.forEach(w -> w.files().forEach(f -> out.put(f.docId(), w.id())));
        return out;
    }

    /** The work with this id, or of the document with this id. */
    public java.util.Optional<Work> find(String id) {
        return works.stream().filter(w -> w.id().equals(id) || w.files().stream().anyMatch(f -> f.docId().equals(id))).findFirst();
    }

    /** The links of one work. */
    public List<Link> linksOf(String workId) {
        return links.stream().filter(l -> l.a().equals(workId) || l.b().equals(workId)).toList();
    }
}
