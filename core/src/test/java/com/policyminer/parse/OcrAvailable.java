package com.policyminer.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Whether Tesseract with its Chinese data can run here: OCR tests are skipped, saying why, where it
 * cannot — except in CI ({@code CI=true}), where {@code .ci/run} installs it and its absence fails them.
 */
public final class OcrAvailable {

    private OcrAvailable() {
    }

    /** Skips the test without Tesseract (fails it in CI). */
    public static void assume() {
        if (installed()) {
            return;
        }
        String why = "tesseract with chi_sim is not installed (" + OcrSettings.INSTALL + ")";
        if ("true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.fail(why + ": .ci/run installs it");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(false, why);
    }

    public static boolean installed() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.contains("chi_sim");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
