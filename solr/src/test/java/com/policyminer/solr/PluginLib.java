package com.policyminer.solr;

import com.hankcs.hanlp.HanLP;
import com.policyminer.analysis.HanLPTokenizerFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Solr node's {@code lib} folder as an operator fills it: the plugin jar (what the module's build packs into
 * {@code target/policy-miner-solr-plugin.jar}: the analysis package, its dictionaries and SPI registrations) and
 * HanLP's jar. Tests run before the build packs it, so they make the same jar from the compiled classes.
 */
final class PluginLib {

    private PluginLib() {
    }

    static Path write(Path lib) throws IOException, URISyntaxException {
        Files.createDirectories(lib);
        Path classes = Path.of(HanLPTokenizerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(lib.resolve("policy-miner-solr-plugin.jar")));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(f).toString().replace('\\', '/');
                if (inPlugin(name)) {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        Path hanlp = Path.of(HanLP.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(hanlp, lib.resolve(hanlp.getFileName()));
        return lib;
    }

    /** The same selection as the shade plugin's filter in solr/pom.xml. */
    static boolean inPlugin(String name) {
        return name.startsWith("com/policyminer/analysis/")
                || name.matches("com/policyminer/model/Deadline(\\$.*)?\\.class")
                || name.startsWith("META-INF/services/org.apache.lucene.analysis.");
    }
}
