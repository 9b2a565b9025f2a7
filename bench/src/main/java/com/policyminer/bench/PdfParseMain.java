package com.policyminer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code java -cp policy-miner-bench.jar com.policyminer.bench.PdfParseMain ours|tika DIR [MAX]}: parses
 * every PDF in the folder (or the first MAX, by name), one after the other, with our parser or plain
 * Tika, and prints {@code files=N failed=N chars=N cpu_ms=N} (the process's CPU time since it
 * started). The cold half of the PDF benchmark runs it as a fresh process, timed from launch to
 * exit, as a user meets a parse. Exit code 2 when a file failed (named on stderr).
 */
public final class PdfParseMain {

    private PdfParseMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: PdfParseMain ours|tika DIR [MAX]");
            System.exit(64);
        }
        PdfParsers.Parse parse = PdfParsers.of(args[0]).create();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).sorted()
                    .limit(args.length == 3 ? Long.parseLong(args[2]) : Long.MAX_VALUE).toList();
        }
        int failed = 0;
        long chars = 0;
        for (Path f : files) {
            try {
                chars += parse.parse(f);
            } catch (Exception e) {
                failed++;
                System.err.println(f.getFileName() + ": " + e);
            }
        }
        System.out.printf("files=%d failed=%d chars=%d cpu_ms=%d%n", files.size(), failed, chars, ProcessCpu.nanos() / 1_000_000);
        System.exit(failed > 0 ? 2 : 0);
    }
}
