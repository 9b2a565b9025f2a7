package com.policyminer.parse;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} binary on one page image: the image goes in on stdin as 8-bit grey PGM
 * (no temporary file, nothing to encode), the words come back on stdout as Tesseract's TSV (each word
 * with its box and confidence). One process per page with {@code OMP_THREAD_LIMIT=1}, so the number
 * of pages OCR'd at once is the number of cores used. Page segmentation mode 4 (one column of text
 * of varying sizes): what report pages are. Mode 3 (automatic layout) took blocks of a plain body page
 * for pictures and read them as Latin garbage (a seed page: 0.86 against 0.97 character accuracy);
 * a two-column page is split into its columns before OCR ({@link ScanColumns}), each read in mode 4.
 */
final class Tesseract {

    /** One recognized word: its text, box in image pixels, confidence 0–100, and the line it belongs to. */
    record Word(String text, int left, int top, int width, int height, float confidence, long line) {
    }

    /** One recognized text line: its box and its words, in reading order. */
    record Line(int left, int top, int width, int height, List<Word> words) {

        /** The line as read in a part of the image whose top left corner is at (dx, dy). */
        Line shifted(int dx, int dy) {
            List<Word> moved = new ArrayList<>(words.size());
            for (Word w : words) {
                moved.add(new Word(w.text(), w.left() + dx, w.top() + dy, w.width(), w.height(), w.confidence(), w.line()));
            }
            return new Line(left + dx, top + dy, width, height, List.copyOf(moved));
        }
    }

    private final OcrSettings settings;

    Tesseract(OcrSettings settings) {
        this.settings = settings;
    }

    /** The text lines on a grey image ({@link BufferedImage#TYPE_BYTE_GRAY}) at {@code dpi}. */
    List<Line> read(BufferedImage grey, int dpi) throws ParseFailure, InterruptedException {
        return read(grey, dpi, settings.languages(), 4);
    }

    /** The text lines on a grey image with other languages and page segmentation mode than a page's. */
    List<Line> read(BufferedImage grey, int dpi, String languages, int psm) throws ParseFailure, InterruptedException {
        return read(grey, dpi, languages, psm, null);
    }

    /** The same with only the characters of {@code allowed} recognized ({@code tessedit_char_whitelist}; null: all). */
    List<Line> read(BufferedImage grey, int dpi, String languages, int psm, String allowed) throws ParseFailure, InterruptedException {
        List<String> command = new ArrayList<>(List.of(settings.tesseract(), "stdin", "stdout", "-l", languages,
                "--psm", Integer.toString(psm), "--dpi", Integer.toString(dpi), "-c", "preserve_interword_spaces=0"));
        if (allowed != null) {
            command.addAll(List.of("-c", "tessedit_char_whitelist=" + allowed));
        }
        command.add("tsv");
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw notInstalled("cannot run '" + settings.tesseract() + "' (" + e.getMessage() + ")");
        }
        try {
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                writePgm(grey, in);
            } catch (IOException e) {
                // tesseract ended before reading its input: its exit code and message below say why
            }
            if (!p.waitFor(settings.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ParseFailure(ParseFailure.Reason.TIMEOUT, "OCR of a page took longer than "
                        + settings.pageTimeout().toSeconds() + " s (POLICYMINER_OCR_PAGE_TIMEOUT_S)");
            }
            String message = new String(err.join(), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                if (message.contains("Failed loading language") || message.contains("Could not initialize tesseract")) {
                    throw notInstalled("tesseract has no language data for " + languages + " (" + firstLine(message) + ")");
                }
                throw new ParseFailure(ParseFailure.Reason.CORRUPT, "tesseract failed (exit " + p.exitValue() + "): " + firstLine(message));
            }
            return parseTsv(new String(out.join(), StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly(); // a no-op when it has ended; a page over its time or an interrupted parse stops here
        }
    }

    private static ParseFailure notInstalled(String why) {
        return new ParseFailure(ParseFailure.Reason.NEEDS_OCR, "the file needs OCR and Tesseract is not usable here: " + why
                + "; install it with `" + OcrSettings.INSTALL + "` or set POLICYMINER_TESSERACT to the binary");
    }

    private static String firstLine(String s) {
        for (String l : s.split("\n")) {
            if (!l.isBlank() && !l.startsWith("Estimating resolution") && !l.startsWith("Warning")) {
                return l.strip();
            }
        }
        return s.isBlank() ? "no message" : s.lines().findFirst().orElse("").strip();
    }

    private static CompletableFuture<byte[]> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try (s) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                s.transferTo(b);
                return b.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        });
    }

    /** Binary PGM (P5): a header and the grey bytes row by row. */
    static void writePgm(BufferedImage grey, OutputStream out) throws IOException {
        int w = grey.getWidth();
        int h = grey.getHeight();
        out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
        if (grey.getType() == BufferedImage.TYPE_BYTE_GRAY && grey.getRaster().getDataBuffer() instanceof DataBufferByte d
                && d.getData().length == w * h) {
            out.write(d.getData());
            return;
        }
        byte[] row = new byte[w];
        for (int y = 0; y < h; y++) {
            grey.getRaster().getDataElements(0, y, w, 1, row);
            out.write(row);
        }
    }

    /**
     * Tesseract's TSV: {@code level page block par line word left top width height conf text}; level
     * 4 rows are lines, level 5 rows words (confidence 0–100).
     */
    static List<Line> parseTsv(String tsv) {
        Map<Long, int[]> lineBoxes = new LinkedHashMap<>();
        Map<Long, List<Word>> words = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].matches("\\d")) {
                continue;
            }
            int level = Integer.parseInt(c[0]);
            long key = ((long) Integer.parseInt(c[2]) << 40) | ((long) Integer.parseInt(c[3]) << 20) | Integer.parseInt(c[4]);
            int[] box = {Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]), Integer.parseInt(c[9])};
            if (level == 4) {
                lineBoxes.put(key, box);
            } else if (level == 5 && !c[11].isBlank()) {
                words.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Word(c[11].strip(), box[0], box[1], box[2], box[3], Float.parseFloat(c[10]), key));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : lineBoxes.entrySet()) {
            List<Word> w = words.get(e.getKey());
            if (w != null) {
                int[] b = e.getValue();
                lines.add(new Line(b[0], b[1], b[2], b[3], List.copyOf(w)));
            }
        }
        return lines;
    }
}
