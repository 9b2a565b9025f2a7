package com.policyminer.bench;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extraction;
import com.policyminer.extract.Extractors;
import com.policyminer.index.IndexedReport;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.ParseFailure;
import com.policyminer.parse.TikaDocumentParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the real reports in the repository look like to our extractors: per report, its length and
 * how many regions, organizations, policies and figures the pipeline finds in it. Written to
 * {@code bench/src/main/resources/bench/real-report-profiles.tsv} (one row per report), from which
 * {@link ProfiledCorpusGenerator} draws the shape of each generated report. Run from the repository root:
 * {@code java -cp target/policy-miner-bench.jar com.policyminer.bench.RealTextProfiles > bench/src/main/resources/bench/real-report-profiles.tsv}.
 */
public final class RealTextProfiles {

    /** The folders of real reports (plain text), relative to the repository root. */
    static final List<String> SOURCES = List.of("corpus", "core/src/test/resources/realtext", "core/src/test/resources/searcheval/docs",
            "core/src/test/resources/heldout/reports", "core/src/test/resources/heldout/figtext/texts");

    /** One real report: its path and what the extractors find in it. */
    record Profile(String path, int chars, int regions, int distinctRegions, int orgs, int policies, int figures) {

        String tsv() {
            return String.join("\t", path, String.valueOf(chars), String.valueOf(regions), String.valueOf(distinctRegions),
                    String.valueOf(orgs), String.valueOf(policies), String.valueOf(figures));
        }

        static Profile parse(String line) {
            String[] c = line.split("\t");
            return new Profile(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                    Integer.parseInt(c[4]), Integer.parseInt(c[5]), Integer.parseInt(c[6]));
        }
    }

    static final String HEADER = "path\tchars\tregion_mentions\tdistinct_regions\torg_mentions\tpolicy_mentions\tfigures";

    private RealTextProfiles() {
    }

    /** The real report files, sorted by path (text and Markdown; READMEs and provenance notes left out). */
    static List<Path> files(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : SOURCES) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                throw new IOException("no folder " + d + ": run from the repository root");
            }
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                        .filter(p -> !p.getFileName().toString().matches("(?i)(README|PROVENANCE).*"))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    static Profile measure(Path root, Path file, IndexedReport r) {
        Extraction x = r.extraction();
        return new Profile(root.relativize(file).toString(), r.analyzed().text().length(), x.regions().size(),
                (int) x.regions().stream().map(com.policyminer.model.RegionMention::name).distinct().count(), x.organizations().size(),
                x.policies().size(), x.figures().size());
    }

    /** A pipeline as ingest runs it. */
    static DocumentPipeline pipeline() {
        return new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), Extractors.standard());
    }

    /** Reads the committed profiles (the generator's input). */
    static List<Profile> bundled() throws IOException {
        try (var in = RealTextProfiles.class.getResourceAsStream("/bench/real-report-profiles.tsv")) {
            if (in == null) {
                throw new IOException("bench/real-report-profiles.tsv is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("path\t"))
                    .map(Profile::parse).toList();
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        DocumentPipeline pipeline = pipeline();
        StringBuilder out = new StringBuilder();
        out.append("# What the extractors find in each real report of the repository (").append(String.join(", ", SOURCES))
                .append(").\n# Made by: java -cp target/policy-miner-bench.jar com.policyminer.bench.RealTextProfiles"
                        + " > bench/src/main/resources/bench/real-report-profiles.tsv (from the repository root).\n")
                .append("# ProfiledCorpusGenerator draws each generated report's length and mention counts from these rows.\n")
                .append(HEADER).append('\n');
        for (Path f : files(root)) {
            try {
                out.append(measure(root, f, pipeline.process(f, f.getFileName().toString())).tsv()).append('\n');
            } catch (ParseFailure e) {
                System.err.println(f + ": " + e.getMessage());
            }
        }
        System.out.print(out);
    }
}
