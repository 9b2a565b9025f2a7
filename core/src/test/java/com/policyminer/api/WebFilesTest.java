package com.policyminer.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: the web page's files are served from a folder, not by Jetty mounting the whole jar. */
class WebFilesTest {

    @TempDir
    Path dir;

    @Test
    void theJarsPageFilesAreCopiedOutAndNothingElse() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String[] e : List.of(new String[]{"public/", null}, new String[]{"public/index.html", "<html>页面</html>"},
                    new String[]{"public/js/", null}, new String[]{"public/js/app.js", "let a = 1;"},
                    new String[]{"com/x/Y.class", "not a page file"}, new String[]{"publicity.txt", "neither"},
                    new String[]{"public/../escape.txt", "outside"})) {
                out.putNextEntry(new JarEntry(e[0]));
                if (e[1] != null) {
                    out.write(e[1].getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        Path folder = WebFiles.copyOut(jar);
        assertEquals("<html>页面</html>", Files.readString(folder.resolve("index.html")));
        assertEquals("let a = 1;", Files.readString(folder.resolve("js/app.js")));
        try (Stream<Path> all = Files.walk(folder)) {
            assertEquals(List.of("index.html", "js", "js/app.js"),
                    all.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList());
        }
        assertFalse(Files.exists(folder.getParent().resolve("escape.txt")));
    }

    @Test
    void aBuildsClassesFolderIsServedInPlace() {
        Path folder = WebFiles.folder().orElseThrow();
        assertTrue(Files.isRegularFile(folder.resolve("index.html")), folder.toString());
        assertTrue(folder.endsWith(WebFiles.FOLDER), folder.toString()); // target/classes/public, no copy
    }
}
