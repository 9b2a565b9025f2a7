package com.policyminer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The paragraphs of the seed reports, in reading order per seed, that {@link CorpusGenerator}
 * recombines. Front matter ({@code ---} blocks at the top) and blank lines are dropped.
 */
record SeedText(List<List<String>> seeds) {

    SeedText {
        seeds = seeds.stream().map(List::copyOf).filter(s -> !s.isEmpty()).toList();
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed text found");
        }
    }

    static SeedText read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<List<String>> seeds = new ArrayList<>();
        for (Path f : files) {
            seeds.add(paragraphs(Files.readString(f, StandardCharsets.UTF_8)));
        }
        return new SeedText(seeds);
    }

    static List<String> paragraphs(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        int from = 0;
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            int close = lines.subList(1, lines.size()).indexOf("---");
            from = close < 0 ? 0 : close + 2;
        }
        return lines.subList(from, lines.size()).stream().filter(l -> !l.isEmpty()).toList();
    }
}
