package com.policyminer.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 20: `extract FILE` without --json shows what was found, as tables, not four counts. */
class ExtractSummaryTest {

    @Test
    void extractPrintsTheFiguresRegionsOrganizationsAndPoliciesAsTables() throws Exception {
        Path seed;
        try (var files = Files.list(Path.of("corpus"))) {
            seed = files.filter(f -> f.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("extract", seed.toString(), "--limit", "3");
        } finally {
            System.setOut(saved);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(text.startsWith("构建西安兰州国家区域科技创新中心的考虑"), text);
        for (String part : new String[] {"figures (", "regions (", "organizations (", "policies (", "subject", "indicator",
                "西安市", "陕西省 › 西北", "… ", "more (--limit"}) {
            assertTrue(text.contains(part), part + " in\n" + text);
        }
        // one row a policy: 十四五 is cited three times in the report, listed once with its count
        assertEquals(text.indexOf("十四五 "), text.lastIndexOf("十四五 "), text);
        assertEquals(2, Main.run("extract", seed.toString(), "--limit", "0"));
    }
}
