package com.policyminer.solr;

import com.hankcs.hanlp.HanLP;
import com.policyminer.analysis.HanLPTokenizerFactory;
import com.policyminer.solr.plugin.ReportQParserPlugin;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Solr node's {@code lib} folder as an operator fills it: the plugin jar (what the module's build packs into
 * {@code target/policy-miner-solr-plugin.jar}: the project's code and data but the API, CLI and page, with the
 * analyzers' SPI registrations, and this module's query parser and transformer plugins) and HanLP's jar. Tests run
 * before the build packs it, so they make the same jar from the compiled classes (the nodes of a test cluster share
 * the test's class path too, so the jar adds nothing they lack: a node started from Solr's own distribution does
 * not have it).
 */
public final class PluginLib {

    private PluginLib() {
    }

    public static Path write(Path lib) throws IOException, URISyntaxException {
        Files.createDirectories(lib);
        Path core = Path.of(HanLPTokenizerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path plugins = Path.of(ReportQParserPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(lib.resolve("policy-miner-solr-plugin.jar")))) {
            for (Path classes : List.of(core, plugins)) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = classes.relativize(f).toString().replace('\\', '/');
                        if (classes.equals(core) ? inPlugin(name) : name.startsWith("com/policyminer/solr/plugin/")) {
                            out.putNextEntry(new JarEntry(name));
                            Files.copy(f, out);
                            out.closeEntry();
                        }
                    }
                }
            }
        }
        Path hanlp = Path.of(HanLP.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(hanlp, lib.resolve(hanlp.getFileName()));
        return lib;
    }

    /** Of the product's classes and resources, the same selection as the shade plugin's filter in solr/pom.xml. */
    static boolean inPlugin(String name) {
        return !name.startsWith("com/policyminer/api/") && !name.startsWith("com/policyminer/cli/")
                && !name.startsWith("public/") && !name.equals("logback.xml") && !name.equals("openapi.json");
    }
}
