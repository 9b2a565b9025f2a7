package com.policyminer.bench;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code java -cp policy-miner-bench.jar com.policyminer.bench.StockIndexMain CORPUS INDEX [THREADS]}: the stock
 * Lucene indexer the cold benchmark compares {@code ingest} with — every {@code .txt} file of the folder read
 * as UTF-8 (no Tika, no extraction), path + body (stored) analyzed by {@link SmartChineseAnalyzer}, on
 * THREADS threads (default 2), one commit. Prints {@code files=N failed=N cpu_ms=N}; exit code 2 when a file failed.
 */
public final class StockIndexMain {

    private StockIndexMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: StockIndexMain CORPUS INDEX [THREADS]");
            System.exit(64);
        }
        int threads = args.length == 3 ? Integer.parseInt(args[2]) : 2;
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        IndexWriterConfig iwc = new IndexWriterConfig(new SmartChineseAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128);
        try (FSDirectory dir = FSDirectory.open(Path.of(args[1])); IndexWriter writer = new IndexWriter(dir, iwc)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Object>> work = Stream.generate(() -> pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try {
                        Document doc = new Document();
                        doc.add(new StringField("path", files.get(i).toString(), Field.Store.YES));
                        doc.add(new TextField("body", Files.readString(files.get(i), StandardCharsets.UTF_8), Field.Store.YES));
                        writer.addDocument(doc);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println(files.get(i).getFileName() + ": " + e);
                    }
                }
                return null;
            })).limit(threads).toList();
            for (Future<Object> f : work) {
                f.get();
            }
            pool.shutdown();
            writer.commit();
        }
        System.out.printf("files=%d failed=%d cpu_ms=%d%n", files.size(), failed.get(), ProcessCpu.nanos() / 1_000_000);
        System.exit(failed.get() > 0 ? 2 : 0);
    }
}
