package com.policyminer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the one jar: {@code java -jar policy-miner.jar COMMAND …}. */
@Command(name = "policy-miner", mixinStandardHelpOptions = true, version = "policy-miner 0.1.0",
        description = "Search and mine Chinese policy and research reports.",
        subcommands = {IngestCommand.class, SearchCommand.class, ExtractCommand.class, PageCommand.class, ServeCommand.class,
                FiguresCommand.class, EntitiesCommand.class, MentionsCommand.class, CompareCommand.class, ConflictsCommand.class, WorksCommand.class, DiffCommand.class, CollectionsCommand.class,
                SchemaCommand.class, SearchEvalCommand.class, TrainArchiveCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        int code = run(args);
        System.exit(code);
    }

    /** Runs a command without exiting: for tests. */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    return 1;
                })
                .execute(args);
    }
}
