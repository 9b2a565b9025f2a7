package com.policyminer.bench;

import com.policyminer.parse.ParseFailure;
import com.policyminer.parse.TikaDocumentParser;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The two PDF parses the benchmark compares: ours ({@link TikaDocumentParser#parse}, the whole
 * parse as ingest runs it: layout, tables, running text, pages, title) and plain Tika (an
 * {@link AutoDetectParser} with its default settings into a {@link BodyContentHandler} without a
 * write limit, as a user of Tika would call it). Each returns the non-blank characters of the text it
 * produced (counted after the parse, a few microseconds per file).
 */
enum PdfParsers {
    OURS("ours", "TikaDocumentParser.parse: PdfTextReader (layout, tables, running text, page map) + title, date, text checks"),
    TIKA("tika", "plain Tika: new AutoDetectParser(), default settings, BodyContentHandler(-1)");

    final String label;
    final String description;

    PdfParsers(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A parser of this kind, made once and reused for every file (as ingest and a Tika user do). */
    Parse create() {
        if (this == OURS) {
            TikaDocumentParser ours = new TikaDocumentParser();
            return file -> nonBlank(ours.parse(file, file.getFileName().toString()).text());
        }
        AutoDetectParser tika = new AutoDetectParser();
        return file -> {
            BodyContentHandler handler = new BodyContentHandler(-1);
            try (InputStream in = TikaInputStream.get(file)) {
                tika.parse(in, handler, new Metadata());
            }
            return nonBlank(handler.toString());
        };
    }

    static int nonBlank(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isWhitespace(s.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    static PdfParsers of(String label) {
        for (PdfParsers p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no parser " + label + " (ours or tika)");
    }

    /** Parses one file; returns the non-blank characters of its text. */
    @FunctionalInterface
    interface Parse {
        int parse(Path file) throws IOException, ParseFailure, TikaException, SAXException;
    }
}
