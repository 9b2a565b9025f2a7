package com.policyminer.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The folder the web page's files ({@value #FOLDER}/ on the class path) are served from. Served from the class
 * path, Jetty mounts the whole jar as a zip file system first — every one of its ~55,000 entries indexed, a third
 * of a fresh server's start-up on the main thread — for 19 files. So: the class path's own folder when it is one
 * (a build's {@code target/classes}), else the page's files copied out of the jar into a temporary folder, removed
 * when the JVM exits; empty (serve from the class path as before) when neither works.
 */
final class WebFiles {

    static final String FOLDER = "public";

    private WebFiles() {
    }

    /** The folder, found (and the files copied) once per JVM. */
    static Optional<Path> folder() {
        return Holder.FOLDER;
    }

    private static final class Holder {
        static final Optional<Path> FOLDER = find();
    }

    private static Optional<Path> find() {
        URL index = WebFiles.class.getResource("/" + FOLDER + "/index.html");
        if (index == null) {
            return Optional.empty();
        }
        try {
            if (index.getProtocol().equals("file")) {
                return Optional.of(Path.of(index.toURI()).getParent());
            }
            if (index.getProtocol().equals("jar") && index.openConnection() instanceof JarURLConnection jar) {
                return Optional.of(copyOut(Path.of(jar.getJarFileURL().toURI())));
            }
        } catch (IOException | URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(WebFiles.class).warn("the web page is served from the jar ({})", e.toString());
        }
        return Optional.empty();
    }

    /** Copies the jar's {@value #FOLDER}/ entries into a new temporary folder, removed at exit; returns that folder. */
    static Path copyOut(Path jarFile) throws IOException {
        Path dir = Files.createTempDirectory("policy-miner-web-");
        List<Path> written = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(dir, written)));
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            String prefix = FOLDER + "/";
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry e = entries.nextElement();
                if (!e.getName().startsWith(prefix) || e.getName().length() == prefix.length()) {
                    continue;
                }
                Path target = dir.resolve(e.getName().substring(prefix.length())).normalize();
                if (!target.startsWith(dir)) {
                    continue; // an entry naming ../: not ours
                }
                synchronized (written) {
                    written.add(target);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        return dir;
    }

    private static void remove(Path dir, List<Path> written) {
        List<Path> deepestFirst;
        synchronized (written) {
            deepestFirst = new ArrayList<>(written);
        }
        deepestFirst.sort((a, b) -> Integer.compare(b.getNameCount(), a.getNameCount()));
        deepestFirst.add(dir);
        for (Path p : deepestFirst) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a folder some other process wrote into is left behind
            }
        }
    }
}
