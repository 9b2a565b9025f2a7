package com.policyminer.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest}, {@code search} and {@code serve} with {@code --backend solr} and a ZooKeeper address where nothing
 * listens fail at once with one {@code error:} line naming the address and exit code 1, without a ZooKeeper client
 * logging its refused connections.
 */
@Tag("solr")
class SolrUnreachableTest {

    @TempDir
    Path dir;

    private List<String> args(String... command) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.addAll(List.of("--backend", "solr", "--zk", "127.0.0.1:1/solr", "--solr-collection", "reports",
                "--index", dir.resolve("index").toString(), "--corpus", "corpus"));
        return args;
    }

    private static void assertOneErrorLine(String command, int code, String err, double seconds) {
        assertEquals(1, code, command + ": " + err);
        assertTrue(seconds < 12, command + " took " + seconds + " s");
        List<String> lines = err.strip().lines().toList();
        assertEquals(1, lines.size(), command + ": one line, not a log of retries: " + err);
        assertTrue(lines.get(0).startsWith("error: cannot reach the SolrCloud's ZooKeeper at 127.0.0.1:1/solr"), lines.get(0));
        assertTrue(lines.get(0).contains("--zk"), lines.get(0));
    }

    @Test
    void ingestAndSearchSayItInOneLine() {
        for (String[] command : List.of(new String[] {"ingest"}, new String[] {"search", "科技"})) {
            long t0 = System.nanoTime();
            SolrBackendCliTest.Output r = SolrBackendCliTest.run(args(command).toArray(new String[0]));
            assertOneErrorLine(command[0], r.code(), r.err(), (System.nanoTime() - t0) / 1e9);
            assertEquals("", r.out(), command[0]);
        }
    }

    /** {@code serve} needs Javalin, which is not on this module's class path: it runs as in SolrServeHttpTest. */
    @Test
    void serveSaysItInOneLineAndExits() throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", SolrServeHttpTest.childClassPath(), "com.policyminer.cli.Main"));
        cmd.addAll(args("serve", "--no-ingest", "--no-warmup", "--port", "0"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), output);
        assertOneErrorLine("serve", p.exitValue(), output, (System.nanoTime() - t0) / 1e9);
    }
}
