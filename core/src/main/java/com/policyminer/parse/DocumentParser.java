package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;
import com.policyminer.model.StageTimes;

import java.nio.file.Path;

/** Port: turns one file into a {@link ParsedDocument}. The caller owns the file. */
public interface DocumentParser {

    /** Metadata key a parser sets ("true") when the file's permissions forbid extracting its text (it is read anyway). */
    String EXTRACTION_FORBIDDEN = "extraction_forbidden";

    /**
     * @param file        the file to read
     * @param displayPath the path recorded in the document (relative to the corpus, usually)
     * @throws ParseFailure with a typed reason when the file cannot be turned into text
     */
    ParsedDocument parse(Path file, String displayPath) throws ParseFailure;

    /**
     * {@link #parse(Path, String)}, its time added to {@code times} as {@code PARSE} (by the thread that parses:
     * a parser that parses on a thread of its own times it there).
     */
    default ParsedDocument parse(Path file, String displayPath, StageTimes times) throws ParseFailure {
        long[] started = times.start(StageTimes.Stage.PARSE);
        try {
            return parse(file, displayPath);
        } finally {
            times.stop(StageTimes.Stage.PARSE, started); // a file that failed to parse took its time too
        }
    }
}
