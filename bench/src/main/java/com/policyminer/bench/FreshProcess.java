package com.policyminer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command run as a fresh process for the cold benchmark, timed by wall clock from launch: either to its
 * exit ({@link #run}), or until it prints a line that says it is ready ({@link #startUntil}), left running.
 */
final class FreshProcess {

    /**
     * A finished run: its label, seconds from launch to exit, the CPU seconds it reported ({@code cpu_ms=N} on
     * its last line; -1 when it did not), its exit code, its last line of output, the file its standard
     * error went to, and the machine's 1-minute load average when it ended (other jobs on the machine slow it).
     */
    record Run(String what, double seconds, double cpuSeconds, int exitCode, String output, Path log, double loadAverage) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** A started server: the process, and the seconds from launch to the line that says it is ready. */
    record Started(Process process, double seconds) {
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static final long TIME_LIMIT_MINUTES = 30;
    private static final Pattern CPU = Pattern.compile("cpu_ms=(\\d+)");

    private FreshProcess() {
    }

    static Run run(String what, List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!p.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(what + " did not finish within " + TIME_LIMIT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String last = out.lines().reduce((a, b) -> b).orElse("");
        Matcher m = CPU.matcher(last);
        return new Run(what, seconds, m.find() ? Long.parseLong(m.group(1)) / 1e3 : -1, p.exitValue(), last, log,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Starts the command and waits until a line of its standard error starts with {@code ready}; its standard
     * error goes on to {@code log} (its standard output is not kept). Fails (and ends the process) when it exits first or takes over two minutes.
     */
    static Started startUntil(List<String> command, Map<String, String> env, String ready, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = t0 + TimeUnit.MINUTES.toNanos(2);
        String line;
        while ((line = err.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith(ready)) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                Thread drain = new Thread(() -> drain(err, seen, log), "drain-" + p.pid());
                drain.setDaemon(true);
                drain.start();
                return new Started(p, seconds);
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        p.destroyForcibly();
        Files.writeString(log, seen.toString(), StandardCharsets.UTF_8);
        throw new IOException("the server did not say '" + ready + "' (its output is in " + log + ")");
    }

    private static void drain(BufferedReader err, StringBuilder seen, Path log) {
        try (err) {
            String line;
            while ((line = err.readLine()) != null) {
                seen.append(line).append('\n');
            }
            Files.writeString(log, seen.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the process ended; its output is only for reading after a failure
        }
    }
}
