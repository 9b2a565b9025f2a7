package com.policyminer.cli;

import com.policyminer.app.Config;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --index and --corpus, shared by every command; unset flags fall back to the environment and defaults. */
final class CommonOptions {

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index/, or $POLICYMINER_INDEX)")
    Path index;

    @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: corpus/, or $POLICYMINER_CORPUS)")
    Path corpus;

    Config config() {
        return Config.fromEnvironment().withIndex(index).withCorpus(corpus);
    }
}
