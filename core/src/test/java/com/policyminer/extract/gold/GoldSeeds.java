package com.policyminer.extract.gold;

import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.ParsedDocument;
import com.policyminer.parse.TikaDocumentParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seed reports and their hand-made gold files (core/src/test/resources/gold/entities). Seeds are parsed
 * once per test run, as ingest parses them; extractors get no tokens, so they are scored from text alone.
 */
public final class GoldSeeds {

    public static final List<String> SEEDS = List.of("000_f8820dc2aea3848d", "001_a619ee9cd5a0211b",
            "002_62e1a830fce91b89", "003_b94fa3ae733f63a0", "004_c3cb54636e7088b5");

    private static final Map<String, AnalyzedDocument> PARSED = new ConcurrentHashMap<>();

    private GoldSeeds() {
    }

    public static AnalyzedDocument document(String seed) {
        return PARSED.computeIfAbsent(seed, s -> {
            try {
                ParsedDocument doc = new TikaDocumentParser().parse(Path.of("corpus", s + ".txt"), s + ".txt");
                return new AnalyzedDocument(doc, List.of());
            } catch (Exception e) {
                throw new IllegalStateException("cannot parse seed " + s, e);
            }
        });
    }

    /** Rows of gold/entities/{kind}/{seed}.tsv, split on tabs, header skipped. */
    public static List<String[]> rows(String kind, String seed) {
        String resource = "/gold/entities/" + kind + "/" + seed + ".tsv";
        try (InputStream in = GoldSeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gold file " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
