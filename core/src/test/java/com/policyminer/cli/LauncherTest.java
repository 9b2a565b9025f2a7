package com.policyminer.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: {@code bin/policy-miner} makes a class-data archive of the jar on its first run (the training run),
 * uses it on the next runs (classes come from the archive), makes it again when the jar changes, and runs the
 * command without it when it cannot be made. The jar is this build's classes with its dependencies on the
 * manifest's Class-Path (the fat jar is made after the tests). An ingest runs on the quick compiler (C1) alone.
 */
@Tag("slow")
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin", "policy-miner").toAbsolutePath();

    @TempDir
    static Path dir;
    static Path jar;

    @BeforeAll
    static void jarOfThisBuild() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> deps = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar")) {
                deps.add(Path.of(e).toUri().toString());
            }
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", deps));
        jar = dir.resolve("policy-miner.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                boolean folder = Files.isDirectory(f);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name)); // folders too: the web page's is looked up
                if (!folder) {
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
    }

    @Test
    void theFirstRunMakesTheArchiveTheNextRunsUseItAndAChangedJarGetsANewOne() throws Exception {
        Path archive = dir.resolve("policy-miner.jsa");
        Result first = launch(Map.of(), "help");
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.out().contains("Usage: policy-miner"), first.toString()); // the command ran, after the training
        assertTrue(first.err().contains("making the class-data archive"), first.toString());
        Path log = dir.resolve("policy-miner.jsa.log");
        assertTrue(Files.isRegularFile(archive), first + (Files.exists(log) ? Files.readString(log) : ""));
        assertTrue(Files.size(archive) > 1_000_000, "archive of " + Files.size(archive) + " bytes");

        Path classLog = dir.resolve("classes.log");
        Result second = launch(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), "help");
        assertEquals(0, second.code(), second.toString());
        assertFalse(second.err().contains("making"), second.toString());
        assertEquals(first.out(), second.out());
        // the CLI's own classes come from the archive, not from the jar
        List<String> loaded = Files.readAllLines(classLog).stream().filter(l -> l.contains("com.policyminer.cli.Main ")).toList();
        assertEquals(1, loaded.size(), loaded.toString());
        assertTrue(loaded.get(0).contains("shared objects file"), loaded.get(0));

        // the jar changed after the archive was made
        FileTime before = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000);
        Files.setLastModifiedTime(archive, before);
        Result third = launch(Map.of(), "help");
        assertEquals(0, third.code(), third.toString());
        assertTrue(third.err().contains("making the class-data archive"), third.toString());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(before) > 0);
    }

    @Test
    void anArchiveThatCannotBeMadeLeavesTheCommandRunningWithoutIt() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the archive's folder would be");
        Result r = launch(Map.of("POLICYMINER_ARCHIVE", blocked.resolve("a.jsa").toString()), "help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Usage: policy-miner"), r.toString());
        assertTrue(r.err().contains("running without it"), r.toString());
    }

    @Test
    void withoutAJarItSaysHowToBuildOne() throws Exception {
        Result r = launch(Map.of("POLICYMINER_JAR", dir.resolve("missing.jar").toString()), "help");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("mvn -B -q package -DskipTests"), r.toString());
    }

    @Test
    void anIngestAndAServerRunOnTheQuickCompilerUnlessToldOtherwise() throws Exception {
        Map<String, String> show = Map.of("POLICYMINER_SHOW_COMMAND", "1", "POLICYMINER_CDS", "off");
        String c1 = "-XX:TieredStopAtLevel=1";
        Result ingest = launch(show, "ingest", "--corpus", "x");
        assertEquals(0, ingest.code(), ingest.toString());
        assertTrue(ingest.out().contains(" " + c1 + " "), ingest.out());
        assertTrue(ingest.out().strip().endsWith("-jar " + jar + " ingest --corpus x"), ingest.out());

        Map<String, String> full = new java.util.HashMap<>(show);
        full.put("POLICYMINER_JIT", "full");
        assertFalse(launch(full, "ingest").out().contains(c1));
        // a server too: C1 answered the first searches with less CPU and stayed cheaper for thousands (README)
        Result serve = launch(show, "serve");
        assertTrue(serve.out().contains(" " + c1 + " "), serve.out());
        assertTrue(serve.out().strip().endsWith(" serve"), serve.out());
        assertFalse(launch(full, "serve").out().contains(c1));

        // the user's JAVA_OPTS come after, so they win
        Map<String, String> own = new java.util.HashMap<>(show);
        own.put("JAVA_OPTS", "-XX:TieredStopAtLevel=4");
        String line = launch(own, "ingest").out();
        assertTrue(line.indexOf(c1) >= 0 && line.indexOf("-XX:TieredStopAtLevel=4") > line.indexOf(c1), line);
    }

    record Result(int code, String out, String err) {
    }

    private static Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("POLICYMINER_JAR", jar.toString());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("POLICYMINER_ARCHIVE");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("the launcher did not finish in 5 minutes");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
