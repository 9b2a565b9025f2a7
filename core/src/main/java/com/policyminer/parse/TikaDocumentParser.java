package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;
import com.policyminer.model.StageTimes;
import com.policyminer.model.TextBlock;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses PDF, Word (.docx, .doc, WPS Writer's .wps), RTF, ODT, EPUB, HTML, Markdown and text
 * through Apache Tika, spreadsheets (.xlsx, .xls) with {@link SpreadsheetReader} and OFD with
 * {@link OfdReader}, within {@link ParseLimits}. Plain text and Markdown are decoded with Tika's
 * charset detection and kept verbatim (after front matter); a text file that is an HTML document
 * ({@link HtmlSniffer}) goes through Tika's HTML parser; layout formats get their Chinese spacing and
 * line breaks repaired. A parse that keeps much less text than its file holds is flagged
 * ({@link SuspectLoss}). Scans — PDF pages without a usable text layer, PNG, JPEG and TIFF files —
 * are OCR'd with Tesseract ({@link PdfOcr}, {@link ImageScans}).
 */
public final class TikaDocumentParser implements DocumentParser {

    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown", "text");
    private static final MediaType MARKDOWN = MediaType.parse("text/markdown");
    private static final Set<String> LAYOUT_TYPES = Set.of("application/pdf");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ParseLimits limits;
    private final PageOcr ocr;
    private final TikaConfig tika;
    private final Detector detector;
    private final Parser parser;
    /**
     * For HTML, whose type is already known: an {@link AutoDetectParser} whose detector returns the
     * declared type instead of trying every magic pattern Tika knows (a third of an HTML file's parse
     * time), and which still wraps the handler in Tika's {@code SecureContentHandler} (nesting and
     * expansion limits).
     */
    private final Parser declaredTypeParser;

    public TikaDocumentParser(ParseLimits limits) {
        this(limits, OcrSettings.DEFAULT);
    }

    /** A parser that OCRs scanned PDF pages and image files with these settings. */
    public TikaDocumentParser(ParseLimits limits, OcrSettings ocr) {
        this.limits = limits;
        this.ocr = new PageOcr(ocr);
        this.tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
        AutoDetectParser declared = new AutoDetectParser(tika);
        declared.setDetector((in, metadata) -> MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)));
        this.declaredTypeParser = declared;
    }

    public TikaDocumentParser() {
        this(ParseLimits.DEFAULT);
    }

    /**
     * Threads parses run on, reused (starting a thread per file cost about 0.1 ms): as many as
     * there are parses at once, idle ones ended after a minute. Daemon threads: a parse that ignores
     * its interruption keeps its thread, never the JVM.
     */
    private static final ExecutorService PARSE_THREADS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "tika-pool-" + count.incrementAndGet()); // "tika-parse <file>" while parsing
            t.setDaemon(true);
            return t;
        }
    });

    /**
     * Parses on a thread of its own, waiting at most the time limit. On time-out the thread is
     * interrupted and {@link LimitedContentHandler} ends the parse at its next SAX event, so an
     * overrunning parse does not keep a core busy after it has been reported.
     */
    @Override
    public ParsedDocument parse(Path file, String displayPath) throws ParseFailure {
        return parse(file, displayPath, StageTimes.OFF);
    }

    /** Reading the file is timed on the calling thread, the parse on the thread it runs on. */
    @Override
    public ParsedDocument parse(Path file, String displayPath, StageTimes times) throws ParseFailure {
        long[] reading = times.start(StageTimes.Stage.PARSE);
        byte[] bytes;
        try {
            bytes = read(file);
        } finally {
            times.stopPart(StageTimes.Stage.PARSE, reading); // the parse below counts the run
        }
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        // a file that needs OCR gets its OCR time on top of the parse time (OCR keeps its own limit)
        java.util.concurrent.atomic.AtomicLong until = new java.util.concurrent.atomic.AtomicLong(deadline);
        Runnable ocrStarts = () -> until.addAndGet(ocr.settings().fileTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5));
        String name = "tika-parse " + fileName(displayPath);
        Future<ParsedDocument> job = PARSE_THREADS.submit(() -> {
            Thread self = Thread.currentThread();
            String pooled = self.getName();
            self.setName(name); // a thread dump names the file being parsed
            long[] parsing = times.start(StageTimes.Stage.PARSE);
            try {
                return parseBytes(bytes, displayPath, deadline, ocrStarts);
            } finally {
                times.stop(StageTimes.Stage.PARSE, parsing);
                self.setName(pooled);
            }
        });
        try {
            while (true) {
                try {
                    return job.get(Math.max(0, until.get() - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (until.get() - System.nanoTime() <= 0) {
                        job.cancel(true);
                        throw timeout();
                    } // else OCR began meanwhile: wait for its time too
                }
            }
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ParseFailure(ParseFailure.Reason.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ParseFailure pf) {
                throw pf;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new ParseFailure(ParseFailure.Reason.TOO_LARGE, "parsing ran out of memory", e.getCause());
            }
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "cannot parse: " + describe(e.getCause()), e.getCause());
        }
    }

    private ParseFailure timeout() {
        return new ParseFailure(ParseFailure.Reason.TIMEOUT, "parsing took longer than " + limits.timeout().toSeconds() + " s");
    }

    private byte[] read(Path file) throws ParseFailure {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ParseFailure(ParseFailure.Reason.EMPTY, "file is empty (0 bytes)");
            }
            if (size > limits.maxBytes()) {
                throw new ParseFailure(ParseFailure.Reason.TOO_LARGE,
                        "file is " + size + " bytes, over the limit of " + limits.maxBytes());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ParseFailure(ParseFailure.Reason.IO, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** Parses in-memory bytes; public so uploads can be parsed before they are stored. */
    public ParsedDocument parseBytes(byte[] bytes, String displayPath) throws ParseFailure {
        return parseBytes(bytes, displayPath, System.nanoTime() + limits.timeout().toNanos(), () -> { });
    }

    private ParsedDocument parseBytes(byte[] bytes, String displayPath, long deadline, Runnable ocrStarts) throws ParseFailure {
        if (bytes.length == 0) {
            throw new ParseFailure(ParseFailure.Reason.EMPTY, "file is empty (0 bytes)");
        }
        String id = ContentId.of(bytes);
        Metadata meta = new Metadata();
        meta.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(displayPath));
        String ext = extension(displayPath);
        MediaType type = detect(bytes, meta, ext);
        String base = type.getBaseType().toString();
        boolean textLike = TEXT_TYPES.contains(base) || TEXT_EXTENSIONS.contains(ext) && base.startsWith("text/");
        if (ext.equals("wps") && !Formats.WORD.contains(base)) {
            throw new ParseFailure(ParseFailure.Reason.UNSUPPORTED, "not a WPS Writer document in a Word format (Word 97 .doc or OOXML .docx):"
                    + " its content is " + base + "; WPS Office can save it as .doc or .docx");
        }
        Result r;
        if (textLike) {
            r = parseText(bytes, meta, deadline);
        } else if (base.equals("application/pdf")) {
            r = parsePdf(bytes, meta, deadline, ocrStarts);
        } else if (ImageScans.TYPES.contains(base)) {
            ocrStarts.run();
            r = parseImage(bytes, base);
        } else if (base.equals(Formats.OFD)) {
            r = Result.of(OfdReader.read(bytes, limits.maxChars(), deadline));
        } else if (Formats.SPREADSHEETS.contains(base)) {
            ZipBombGuard.check(bytes, limits.maxBytes() * 10);
            r = Result.of(SpreadsheetReader.read(bytes, limits.maxChars(), deadline));
        } else if (base.equals(DOCX)) {
            r = parseDocx(bytes, meta, type, deadline, ocrStarts);
        } else {
            r = parseWithTika(bytes, meta, type, deadline);
        }
        if (ext.equals("wps")) {
            r.format = "wps";
        }
        String text = r.text;
        if (text.isBlank()) {
            throw new ParseFailure(ParseFailure.Reason.EMPTY,
                    "no text could be extracted (" + base + (base.equals("application/pdf") || ImageScans.TYPES.contains(base)
                            ? "; OCR found no text in its images" : "") + ")");
        }
        TextQuality.check(text, Formats.SPREADSHEETS.contains(base));
        Map<String, String> metadata = new LinkedHashMap<>(r.extra);
        if ("true".equals(meta.get("policyminer:truncated"))) {
            metadata.put("truncated", "true");
        }
        copy(meta, metadata, "dc:creator", "author");
        copy(meta, metadata, "pdf:producer", "producer");
        copy(meta, metadata, "xmpTPg:NPages", "pages");
        copy(meta, metadata, "dc:language", "language");
        SourceUrl.find(k -> metadata.containsKey(k) ? metadata.get(k) : meta.get(k))
                .ifPresent(url -> metadata.put(com.policyminer.model.ParsedDocument.SOURCE_URL, url));
        String format = r.format != null ? r.format : Formats.nameOf(base, ext);
        String title = firstNonBlank(r.title, PdfTextReader.cleanInfoTitle(meta.get(TikaCoreProperties.TITLE)), TitleGuess.from(text, r.blocks),
                titleFromText(text, r.blocks));
        // the report's date is what its text says (front matter, a labelled date, the 落款, a dated
        // first line), never the file's or the software's: those are kept as metadata only
        copy(meta, metadata, TikaCoreProperties.CREATED.getName(), "created");
        copy(meta, metadata, TikaCoreProperties.MODIFIED.getName(), "modified");
        LocalDate date = r.date;
        if (date != null) {
            metadata.put("dateSource", "front-matter");
        } else {
            ContentDate.Found found = ContentDate.find(text, r.blocks).orElse(null);
            if (found != null) {
                date = found.date();
                metadata.put("dateSource", found.rule());
            }
        }
        return new ParsedDocument(id, displayPath, title, date, format,
                textLike && r.format != null && r.format.equals("html") ? "text/html" : base,
                bytes.length, metadata, text, r.blocks, r.tables, r.pages);
    }

    /** The file's type: by its name for text files that look like text (see {@link TextSniffer}), else by Tika. */
    private MediaType detect(byte[] bytes, Metadata meta, String ext) throws ParseFailure {
        if (TEXT_EXTENSIONS.contains(ext) && TextSniffer.looksLikeText(bytes)) {
            return ext.equals("md") || ext.equals("markdown") ? MARKDOWN : MediaType.TEXT_PLAIN;
        }
        if (bytes.length > 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-') {
            return MediaType.application("pdf"); // the PDF signature: no need to ask every detector Tika has
        }
        if (OfdReader.isOfd(bytes)) { // Tika sees a plain zip
            ZipBombGuard.check(bytes, limits.maxBytes() * 10);
            return MediaType.parse(Formats.OFD);
        }
        if (ext.equals("ofd")) {
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "not an OFD (GB/T 33190) package: no OFD.xml at the root of a zip");
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, meta);
        } catch (IOException e) {
            throw new ParseFailure(ParseFailure.Reason.IO, "cannot detect type: " + e.getMessage(), e);
        }
    }

    private Result parseText(byte[] bytes, Metadata meta, long deadline) throws ParseFailure {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, meta, tika.getEncodingDetector());
        String all = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (all.startsWith("\uFEFF")) {
            all = all.substring(1);
        }
        if (all.length() > limits.maxChars()) {
            all = all.substring(0, limits.maxChars());
            meta.set("policyminer:truncated", "true");
        }
        FrontMatter fm = FrontMatter.split(all);
        Result r = new Result();
        r.extra.put("charset", decoded.charset());
        fm.fields().forEach((k, v) -> {
            if (Set.of("layout", "categories", "tags", "author", "source", "url").contains(k)) {
                r.extra.put(k, v);
            }
        });
        r.title = fm.fields().get("title");
        r.date = DateFinder.parse(fm.fields().get("date")).orElse(null);
        String body = fm.body();
        if (HtmlSniffer.isHtmlDocument(body)) {
            Metadata htmlMeta = new Metadata();
            htmlMeta.set(Metadata.CONTENT_TYPE, "text/html; charset=UTF-8");
            Result h = parseWithTika(body.getBytes(StandardCharsets.UTF_8), htmlMeta, MediaType.TEXT_HTML, deadline);
            r.text = h.text;
            r.blocks = h.blocks;
            r.tables = h.tables;
            r.format = "html";
            r.extra.put("container", "text with HTML");
            r.extra.putAll(h.extra); // a suspected loss among them
            return r;
        }
        SuspectLoss.ofText(all, body).ifPresent(reason -> SuspectLoss.add(r.extra, reason));
        PlainTextStructure s = new PlainTextStructure(body);
        r.text = body;
        r.blocks = s.blocks;
        r.tables = s.tables;
        r.format = fm.fields().isEmpty() ? null : "markdown";
        return r;
    }

    /** PDFs are read by {@link PdfTextReader} (PDFBox, the library Tika's PDF parser is built on) for their layout. */
    private Result parsePdf(byte[] bytes, Metadata meta, long deadline, Runnable ocrStarts) throws ParseFailure {
        StructuredTextBuilder builder = new StructuredTextBuilder(limits.maxChars());
        PdfTextReader.Result pdf;
        try {
            pdf = PdfTextReader.read(bytes, builder, () -> {
                if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                    throw new PdfTimeUp();
                }
            }, ocr, ocrStarts);
        } catch (PdfTimeUp e) {
            throw timeout();
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "corrupt or unreadable pdf: " + describe(e), e);
        }
        Result r = new Result();
        r.text = builder.text();
        r.blocks = builder.blocks();
        r.tables = builder.tables();
        r.pages = pdf.pages();
        r.title = pdf.title();
        r.format = "pdf";
        r.extra.putAll(pdf.metadata());
        if (pdf.suspectLoss() != null) {
            SuspectLoss.add(r.extra, pdf.suspectLoss());
        }
        if (builder.truncated()) {
            r.extra.put("truncated", "true");
        }
        if (pdf.created() != null) {
            meta.set(TikaCoreProperties.CREATED, pdf.created().toInstant().toString());
        }
        return r;
    }

    /** An image file (PNG, JPEG, TIFF): its pages (a TIFF's frames) OCR'd, laid out as a PDF's pages are. */
    private Result parseImage(byte[] bytes, String base) throws ParseFailure {
        StructuredTextBuilder builder = new StructuredTextBuilder(limits.maxChars());
        ImageScans.Result scan = ImageScans.read(bytes, builder, ocr);
        Result r = new Result();
        r.text = builder.text();
        r.blocks = builder.blocks();
        r.tables = builder.tables();
        r.pages = scan.pages();
        r.title = scan.title();
        r.format = Formats.nameOf(base, "");
        r.extra.putAll(scan.metadata());
        if (builder.truncated()) {
            r.extra.put("truncated", "true");
        }
        return r;
    }

    /** Thrown from inside a PDF read when its time is up. */
    private static final class PdfTimeUp extends RuntimeException {
        PdfTimeUp() {
            super("time up", null, false, false);
        }
    }

    /**
     * A DOCX: its images large enough to hold text ({@link DocxImages}) OCR'd first — only when the settings
     * ask for it ({@link OcrSettings#embeddedImages()}, off by default) and it has such images, with the OCR time limits of a scan and its time added to the parse's — then parsed by
     * Tika with each image's text put where the image is, flagged in {@code ocr_blocks}; an OCR failure is a
     * {@code suspect_loss} warning naming the images, and the document's own text is kept.
     */
    private Result parseDocx(byte[] bytes, Metadata meta, MediaType type, long deadline, Runnable ocrStarts) throws ParseFailure {
        ZipBombGuard.check(bytes, limits.maxBytes() * 10);
        Map<String, byte[]> images = ocr.settings().embeddedImages() ? DocxImages.large(bytes) : Map.of();
        DocxImages.Result read = DocxImages.Result.NONE;
        long spent = 0;
        if (!images.isEmpty()) {
            ocrStarts.run();
            long t0 = System.nanoTime();
            read = DocxImages.read(images, ocr);
            spent = System.nanoTime() - t0;
        }
        StructuredTextBuilder builder = new StructuredTextBuilder(limits.maxChars());
        StructuredContentHandler handler = new StructuredContentHandler(builder, false, read.texts());
        Result r = parseWithTika(bytes, meta, type, deadline + spent, builder, handler);
        if (!images.isEmpty()) {
            r.extra.put("ocr_images", Integer.toString(read.texts().size()));
            if (!handler.ocrBlocks().isEmpty()) {
                r.extra.put(com.policyminer.model.OcrBlocks.METADATA, com.policyminer.model.OcrBlocks.format(handler.ocrBlocks()));
                double mean = handler.ocrBlocks().stream().mapToDouble(com.policyminer.model.OcrBlocks.Block::confidence).average().orElse(0);
                r.extra.put("ocr_confidence", String.format(Locale.ROOT, "%.3f", mean));
            }
            for (String failure : read.failures()) {
                SuspectLoss.add(r.extra, failure);
            }
        }
        return r;
    }

    private Result parseWithTika(byte[] bytes, Metadata meta, MediaType type, long deadline) throws ParseFailure {
        ZipBombGuard.check(bytes, limits.maxBytes() * 10);
        boolean layout = LAYOUT_TYPES.contains(type.getBaseType().toString());
        StructuredTextBuilder builder = new StructuredTextBuilder(limits.maxChars());
        return parseWithTika(bytes, meta, type, deadline, builder, new StructuredContentHandler(builder, layout));
    }

    private Result parseWithTika(byte[] bytes, Metadata meta, MediaType type, long deadline, StructuredTextBuilder builder,
                                 StructuredContentHandler handler) throws ParseFailure {
        ParseContext ctx = new ParseContext();
        // PDFs are read by PdfTextReader; this is for a PDF inside another file (Tika's defaults: content
        // order, not sorted by position, which interleaves table cells and columns)
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSuppressDuplicateOverlappingText(true);
        pdf.setExtractInlineImages(false);
        ctx.set(PDFParserConfig.class, pdf);
        ctx.set(Parser.class, parser);
        // Tika's own OCR of embedded images (its TesseractOCRParser, English only, no time limit) is off: images
        // in a DOCX are read by DocxImages; before, a DOCX's pasted screenshot came out as Latin garbage at its end
        org.apache.tika.parser.ocr.TesseractOCRConfig noOcr = new org.apache.tika.parser.ocr.TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        ctx.set(org.apache.tika.parser.ocr.TesseractOCRConfig.class, noOcr);
        if (type.getBaseType().toString().equals(Formats.EPUB)) {
            ctx.set(EmbeddedDocumentExtractor.class, Formats.SPINE_ONLY);
        } else {
            ctx.set(EmbeddedDocumentExtractor.class, Formats.withoutImages(ctx));
        }
        Parser chosen = parser;
        boolean html = type.getBaseType().equals(MediaType.TEXT_HTML) || type.getBaseType().toString().equals("application/xhtml+xml");
        if (html) {
            ctx.set(EncodingDetector.class, new Utf8HtmlEncoding(tika.getEncodingDetector(), bytes));
            chosen = declaredTypeParser;
            meta.set(Metadata.CONTENT_TYPE, type.toString());
        }
        try (InputStream in = TikaInputStream.get(bytes)) {
            chosen.parse(in, new LimitedContentHandler(handler, limits.maxChars(), deadline), meta, ctx);
        } catch (EncryptedDocumentException e) {
            throw new ParseFailure(ParseFailure.Reason.ENCRYPTED, "document is encrypted or password-protected", e);
        } catch (ZeroByteFileException e) {
            throw new ParseFailure(ParseFailure.Reason.EMPTY, "file is empty", e);
        } catch (TikaException | SAXException e) {
            if (causedBy(e, LimitedContentHandler.TimeUp.class)) {
                throw timeout();
            } else if (WriteLimitReachedException.isWriteLimitReached(e)) {
                meta.set("policyminer:truncated", "true");
            } else if (isZipBomb(e)) {
                throw new ParseFailure(ParseFailure.Reason.TOO_LARGE, "rejected as a zip bomb: " + describe(e), e);
            } else if (e.getCause() instanceof EncryptedDocumentException) {
                throw new ParseFailure(ParseFailure.Reason.ENCRYPTED, "document is encrypted or password-protected", e);
            } else if (e instanceof org.apache.tika.exception.UnsupportedFormatException) {
                throw new ParseFailure(ParseFailure.Reason.UNSUPPORTED, "unsupported format: " + type, e);
            } else {
                throw new ParseFailure(ParseFailure.Reason.CORRUPT, "corrupt or unreadable " + Formats.nameOf(type.getBaseType().toString(), "") + ": " + describe(e), e);
            }
        } catch (IOException e) {
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "cannot read content: " + describe(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "parser failed: " + describe(e), e);
        }
        handler.endDocument();
        if (type.getBaseType().toString().equals("application/octet-stream") && builder.text().isBlank()) {
            throw new ParseFailure(ParseFailure.Reason.UNSUPPORTED, "unknown file format (not PDF, Word, HTML, Markdown or text)");
        }
        if (builder.text().isBlank() && !parser.getSupportedTypes(ctx).contains(type.getBaseType())) {
            throw new ParseFailure(ParseFailure.Reason.UNSUPPORTED, "unsupported format " + type.getBaseType()
                    + " (not PDF, Word, HTML, Markdown or text)");
        }
        Result r = new Result();
        r.text = builder.text();
        r.blocks = builder.blocks();
        r.tables = builder.tables();
        r.pages = builder.pages();
        if (builder.truncated()) {
            r.extra.put("truncated", "true");
        }
        if (html && !builder.truncated()) {
            SuspectLoss.ofHtml(decode(bytes, meta), r.text).ifPresent(reason -> SuspectLoss.add(r.extra, reason));
        }
        return r;
    }

    /** The bytes of a parsed HTML file as text, in the charset Tika found (UTF-8 when it names none or an unknown one). */
    private static String decode(byte[] bytes, Metadata meta) {
        String name = meta.get(Metadata.CONTENT_ENCODING);
        java.nio.charset.Charset cs = StandardCharsets.UTF_8;
        try {
            if (name != null) {
                cs = java.nio.charset.Charset.forName(name);
            }
        } catch (IllegalArgumentException unknown) {
            // keep UTF-8: the check only counts characters
        }
        return new String(bytes, cs);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || t.getClass().getSimpleName().contains("ZipBomb")) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg.length() > 200 ? msg.substring(0, 200) + "…" : msg;
    }

    private static String titleFromText(String text, java.util.List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            if (b.kind() == TextBlock.Kind.TABLE) {
                continue;
            }
            String s = text.substring(b.start(), b.end()).strip();
            if (s.length() >= 4 && s.length() <= 80 && s.codePoints().anyMatch(Character::isLetter)) {
                return s;
            }
        }
        return "";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static void copy(Metadata meta, Map<String, String> out, String key, String as) {
        String v = meta.get(key);
        if (v != null && !v.isBlank()) {
            out.put(as, v);
        }
    }

    private static String extension(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** Mutable scratch for one parse. */
    private static final class Result {

        static Result of(ReadDocument d) {
            Result r = new Result();
            r.text = d.text();
            r.blocks = d.blocks();
            r.tables = d.tables();
            r.pages = d.pages();
            r.title = d.title();
            if (d.truncated()) {
                r.extra.put("truncated", "true");
            }
            return r;
        }

        String text = "";
        java.util.List<TextBlock> blocks = java.util.List.of();
        java.util.List<com.policyminer.model.Table> tables = java.util.List.of();
        java.util.List<com.policyminer.model.Page> pages = java.util.List.of();
        String title;
        LocalDate date;
        String format;
        final Map<String, String> extra = new LinkedHashMap<>();
    }
}
