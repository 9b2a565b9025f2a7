package com.policyminer.parse;

import java.time.Duration;

/**
 * How scanned pages and image files are read with Tesseract.
 *
 * @param tesseract      the tesseract binary (a name on the PATH or a path)
 * @param languages      Tesseract's {@code -l} (traineddata names joined by {@code +})
 * @param dpi            resolution a PDF page is rendered at before OCR
 * @param pageTimeout    longest one page may take in Tesseract; past it the page is reported and the file fails
 * @param fileTimeout    longest the OCR of one file may take (added to the parse time of a file that needs OCR)
 * @param threads        pages OCR'd at once, over all files (Tesseract processes running together)
 * @param embeddedImages whether images inside a DOCX large enough to hold text are OCR'd too (off by default: a
 *                       report's pasted charts and photos would cost OCR time on every ingest)
 */
public record OcrSettings(String tesseract, String languages, int dpi, Duration pageTimeout, Duration fileTimeout,
                          int threads, boolean embeddedImages) {

    public static final OcrSettings DEFAULT = new OcrSettings("tesseract", "chi_sim+eng", 300, Duration.ofSeconds(60),
            Duration.ofSeconds(600), Runtime.getRuntime().availableProcessors(), false);

    /** The Debian packages OCR needs, as the message of a machine without them says. */
    public static final String INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng";

    public OcrSettings {
        if (tesseract == null || tesseract.isBlank() || languages == null || languages.isBlank()) {
            throw new IllegalArgumentException("the tesseract binary and its languages are required");
        }
        if (dpi < 72 || dpi > 600 || threads < 1) {
            throw new IllegalArgumentException("OCR dpi must be 72-600 and threads at least 1");
        }
        if (pageTimeout == null || fileTimeout == null || pageTimeout.isNegative() || pageTimeout.isZero()
                || fileTimeout.isNegative() || fileTimeout.isZero()) {
            throw new IllegalArgumentException("OCR time limits must be positive");
        }
    }

    /** Embedded images not OCR'd (the default). */
    public OcrSettings(String tesseract, String languages, int dpi, Duration pageTimeout, Duration fileTimeout, int threads) {
        this(tesseract, languages, dpi, pageTimeout, fileTimeout, threads, false);
    }

    public OcrSettings withTesseract(String binary) {
        return new OcrSettings(binary, languages, dpi, pageTimeout, fileTimeout, threads, embeddedImages);
    }

    public OcrSettings withThreads(int n) {
        return new OcrSettings(tesseract, languages, dpi, pageTimeout, fileTimeout, n, embeddedImages);
    }

    public OcrSettings withTimeouts(Duration page, Duration file) {
        return new OcrSettings(tesseract, languages, dpi, page, file, threads, embeddedImages);
    }

    /** These settings with the OCR of images inside a DOCX on or off. */
    public OcrSettings withEmbeddedImages(boolean on) {
        return new OcrSettings(tesseract, languages, dpi, pageTimeout, fileTimeout, threads, on);
    }
}
