package com.policyminer.parse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OCRs the pages of one file: each page image is made by the caller's thread (PDFBox renders one
 * page at a time), prepared ({@link ScanImage}) and read by Tesseract on a pool of
 * {@link OcrSettings#threads()} workers shared by all files, so no more pages are OCR'd at once than
 * there are ingest threads. At most one image per worker waits rendered. The whole file has
 * {@link OcrSettings#fileTimeout()}, each page {@link OcrSettings#pageTimeout()}; a file over its
 * time fails with the pages it reached, and its Tesseract processes are ended.
 */
final class PageOcr {

    /** Makes the image of a page (a PDF page rendered, a frame of an image file). */
    interface Images {
        BufferedImage image(int number) throws IOException;
    }

    /** A page to OCR: its physical number, its size in points, and the resolution its image has. */
    record Scan(int number, float width, float height, int dpi) {
    }

    private static final Map<Integer, ExecutorService> POOLS = new ConcurrentHashMap<>();

    private final OcrSettings settings;
    private final Tesseract tesseract;

    PageOcr(OcrSettings settings) {
        this.settings = settings;
        this.tesseract = new Tesseract(settings);
    }

    OcrSettings settings() {
        return settings;
    }

    /** The OCR'd pages by number, in order. */
    Map<Integer, OcrPage.Read> read(List<Scan> scans, Images images) throws ParseFailure {
        long deadline = System.nanoTime() + settings.fileTimeout().toNanos();
        ExecutorService pool = POOLS.computeIfAbsent(settings.threads(), PageOcr::pool);
        Semaphore ahead = new Semaphore(settings.threads() + 1);
        List<Future<OcrPage.Read>> jobs = new ArrayList<>();
        try {
            for (Scan s : scans) {
                if (!ahead.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw overTime(scans.size(), done(jobs));
                }
                BufferedImage image;
                try {
                    image = images.image(s.number());
                } catch (IOException | RuntimeException e) {
                    ahead.release();
                    throw new ParseFailure(ParseFailure.Reason.CORRUPT, "cannot draw page " + s.number() + " for OCR: "
                            + TikaDocumentParser.describe(e), e);
                }
                jobs.add(pool.submit(() -> {
                    try {
                        ScanImage.Prepared p = ScanImage.prepare(image, s.dpi());
                        List<Tesseract.Line> lines = new ArrayList<>();
                        for (java.awt.Rectangle part : ScanColumns.parts(p.grey(), p.rulings())) { // a column after the other
                            BufferedImage cut = part.width == p.grey().getWidth() && part.height == p.grey().getHeight() ? p.grey()
                                    : p.grey().getSubimage(part.x, part.y, part.width, part.height);
                            for (Tesseract.Line l : tesseract.read(cut, p.dpi())) {
                                lines.add(l.shifted(part.x, part.y));
                            }
                        }
                        List<OcrPlaceNames.Correction> made = new ArrayList<>();
                        String languages = ScanRereading.languages(settings.languages()); // a second reading without the English model
                        if (languages != null) {
                            for (java.awt.Rectangle table : ScanRereading.tables(p.rulings())) {
                                lines = ScanRereading.better(lines, table, again(p, table, languages, 6), made);
                            }
                            for (java.awt.Rectangle line : ScanRereading.garbled(lines)) {
                                lines = ScanRereading.better(lines, line, again(p, line, languages, 7), made);
                            }
                        }
                        String listLanguages = languages == null ? settings.languages() : languages;
                        lines = ListItemRereading.better(lines, (part, allowed) -> again(p, part, listLanguages, 7, allowed), made);
                        return OcrPage.of(s.number(), s.width(), s.height(), lines, p.rulings(), 72f / p.dpi(), made);
                    } finally {
                        ahead.release();
                    }
                }));
                failFast(jobs);
            }
            Map<Integer, OcrPage.Read> out = new LinkedHashMap<>();
            for (int i = 0; i < jobs.size(); i++) {
                long left = deadline - System.nanoTime();
                try {
                    out.put(scans.get(i).number(), jobs.get(i).get(Math.max(0, left), TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    throw overTime(scans.size(), done(jobs));
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParseFailure(ParseFailure.Reason.TIMEOUT, "interrupted during OCR");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ParseFailure pf) {
                throw pf;
            }
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "OCR failed: " + TikaDocumentParser.describe(e.getCause()), e.getCause());
        } finally {
            for (Future<OcrPage.Read> j : jobs) {
                j.cancel(true); // a page still running: its Tesseract process is ended
            }
        }
    }

    /** The lines of a part of a prepared page read with other languages and segmentation mode, in the page's pixels. */
    private List<Tesseract.Line> again(ScanImage.Prepared p, java.awt.Rectangle part, String languages, int psm)
            throws ParseFailure, InterruptedException {
        return again(p, part, languages, psm, null);
    }

    /** The same with only the characters of {@code allowed} recognized (null: all). */
    private List<Tesseract.Line> again(ScanImage.Prepared p, java.awt.Rectangle part, String languages, int psm, String allowed)
            throws ParseFailure, InterruptedException {
        java.awt.Rectangle r = part.intersection(new java.awt.Rectangle(p.grey().getWidth(), p.grey().getHeight()));
        List<Tesseract.Line> lines = new ArrayList<>();
        if (r.isEmpty()) {
            return lines;
        }
        for (Tesseract.Line l : tesseract.read(p.grey().getSubimage(r.x, r.y, r.width, r.height), p.dpi(), languages, psm, allowed)) {
            lines.add(l.shifted(r.x, r.y));
        }
        return lines;
    }

    /** A page that already failed ends the file at once (Tesseract missing fails its first page). */
    private static void failFast(List<Future<OcrPage.Read>> jobs) throws ExecutionException, InterruptedException {
        for (Future<OcrPage.Read> j : jobs) {
            if (j.isDone() && !j.isCancelled()) {
                j.get();
            }
        }
    }

    private static int done(List<Future<OcrPage.Read>> jobs) {
        return (int) jobs.stream().filter(j -> j.isDone() && !j.isCancelled()).count();
    }

    private ParseFailure overTime(int pages, int done) {
        return new ParseFailure(ParseFailure.Reason.TIMEOUT, "OCR of " + pages + " page" + (pages == 1 ? "" : "s") + " took longer than "
                + settings.fileTimeout().toSeconds() + " s (POLICYMINER_OCR_FILE_TIMEOUT_S); " + done + " done");
    }

    private static ExecutorService pool(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
