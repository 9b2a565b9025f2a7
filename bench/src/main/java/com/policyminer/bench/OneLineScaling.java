package com.policyminer.bench;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.ParseFailure;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench --one-line}: parse, segment and extract one-line files of 1, 2, 4 and 8 MB (a
 * sentence with figures and no year, repeated; and the same with commas only, one sentence), in
 * this process after a warm-up, so the times are the pipeline's alone. Linear means the 8 MB time
 * is at most about 8 times the 1 MB time (the target is 9 times).
 */
public final class OneLineScaling {

    /** Sentences end with 。; the other shape has none, so the whole file is one sentence. */
    static final String SENTENCES = "全省规模以上工业增加值增长8.5%，固定资产投资增长12.3%，社会消费品零售总额达到1234.5亿元。";
    static final String ONE_SENTENCE = SENTENCES.replace('。', '，');

    /** One measured file. */
    public record Row(String shape, int mb, long chars, int figures, double seconds) {
    }

    private OneLineScaling() {
    }

    public static List<Row> run(Path dir, PrintStream log) throws IOException, ParseFailure {
        Files.createDirectories(dir);
        DocumentPipeline pipeline = Engine.pipeline(Config.fromEnvironment(), new HanLPAnalyzer());
        pipeline.process(write(dir, "warm-up", SENTENCES, 1), "warm-up.txt");
        List<Row> rows = new ArrayList<>();
        for (String shape : List.of("sentences", "one-sentence")) {
            for (int mb : new int[] {1, 2, 4, 8}) {
                Path file = write(dir, shape + "-" + mb, shape.equals("sentences") ? SENTENCES : ONE_SENTENCE, mb);
                long t0 = System.nanoTime();
                var report = pipeline.process(file, file.getFileName().toString());
                double s = (System.nanoTime() - t0) / 1e9;
                Row row = new Row(shape, mb, report.analyzed().text().length(), report.extraction().figures().size(), s);
                log.printf("  %-12s %d MB  %,11d chars  %,8d figures  %6.2f s%n", shape, mb, row.chars(), row.figures(), s);
                rows.add(row);
                Files.delete(file);
            }
        }
        return rows;
    }

    private static Path write(Path dir, String name, String unit, int mb) throws IOException {
        int bytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return Files.writeString(dir.resolve(name + ".txt"), unit.repeat(mb * 1024 * 1024 / bytes), StandardCharsets.UTF_8);
    }
}
