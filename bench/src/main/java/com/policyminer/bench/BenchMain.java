package com.policyminer.bench;

import com.policyminer.cli.Main;
import picocli.CommandLine;

/**
 * Entry point of the benchmark's jar: {@code java -jar policy-miner-bench.jar bench …}. The product's commands
 * ({@code ingest}, {@code serve} …) run as they do from the product jar, so the cold runs can launch this jar too.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        System.exit(run(args));
    }

    /** Runs a command without exiting: for tests. */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .addSubcommand("bench", new BenchCommand())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                })
                .execute(args);
    }
}
