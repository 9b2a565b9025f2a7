package com.policyminer.api;

import com.policyminer.app.Engine;
import com.policyminer.ingest.FileResult;
import com.policyminer.ingest.IngestReport;
import com.policyminer.ingest.Sidecar;
import com.policyminer.ingest.UploadIngest;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * POST /api/upload, DELETE /api/documents/{id}, POST /api/reindex. Access is checked before these
 * run ({@link WriteAccess}). Uploads are parsed, indexed and committed before the answer is sent. An
 * upload may carry the form fields {@code title} (one file only) and {@code date} (YYYY-MM-DD), which
 * override what the parser finds and are kept with the stored file.
 */
final class WriteHandlers {

    /** One uploaded file's result; {@code warning} is "" or a suspected loss of text ("suspect_loss: …"). */
    record UploadResult(String fileName, String outcome, String docId, String message, String warning) {
        static UploadResult of(FileResult r) {
            return new UploadResult(r.path(), r.outcome().name(), r.docId(), r.message(), r.warning());
        }
    }

    private final Engine engine;
    private final UploadIngest uploads;
    private final long maxUploadBytes;
    private final ReentrantLock reindexing = new ReentrantLock();

    WriteHandlers(Engine engine) {
        this.engine = engine;
        try {
            this.uploads = new UploadIngest(engine::pipeline, engine.index(), engine.config().corpus(), engine.writeLock());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot prepare the uploads folder", e);
        }
        this.maxUploadBytes = engine.config().maxUploadBytes();
    }

    /** Multipart limits: the upload limit per file and per request; parts over 1 MB are spooled to disk. */
    void configure(io.javalin.config.JavalinConfig config) {
        config.jetty.multipartConfig.maxFileSize(maxUploadBytes, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(maxUploadBytes, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
    }

    /** Before-handler for the upload route: refuses a declared body over the limit unread. */
    void checkSize(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxUploadBytes) {
            throw tooLarge();
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "too_large", "upload is over the limit of " + maxUploadBytes / (1024 * 1024)
                + " MB (POLICYMINER_MAX_UPLOAD_MB)");
    }

    void upload(Context ctx) throws IOException {
        checkSize(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(415, "unsupported_media_type", "send the files as multipart/form-data in the field 'files'");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (Exception e) { // Jetty's ServletException and IllegalStateException alike
            if (isSizeLimit(e)) {
                throw tooLarge();
            }
            throw new ApiException(400, "bad_request", "malformed multipart body");
        }
        if (files.isEmpty()) {
            throw new ApiException(400, "bad_request", "no files in the multipart field 'files'");
        }
        String title = title(ctx, files.size());
        LocalDate date = date(ctx);
        String sourceUrl = sourceUrl(ctx);
        for (UploadedFile f : files) {
            if (UploadIngest.extensionOf(f.filename()).isEmpty()) {
                throw new ApiException(415, "unsupported_media_type", "'" + clip(f.filename()) + "' is not an accepted format; accepted: "
                        + String.join(", ", new java.util.TreeSet<>(UploadIngest.FORMATS.keySet())));
            }
            if (f.size() > maxUploadBytes) {
                throw tooLarge();
            }
        }
        List<UploadResult> results = new ArrayList<>();
        for (UploadedFile f : files) {
            // the upload takes the write lock only for its index update: parsing runs beside other writers
            try (InputStream in = f.content()) {
                results.add(UploadResult.of(uploads.accept(f.filename(), in, title, date, sourceUrl, ctx.attribute(WriteAccess.UPLOADER))));
            } catch (IOException e) {
                results.add(new UploadResult(f.filename(), "FAILED_IO", null, "cannot store or index the file: " + e.getMessage(), ""));
            } catch (RuntimeException | StackOverflowError e) {
                org.slf4j.LoggerFactory.getLogger(WriteHandlers.class).error("upload failed", e);
                results.add(new UploadResult(f.filename(), "FAILED_INTERNAL", null, "internal error; the server log has the details", ""));
            }
        }
        ctx.json(Map.of("files", results));
    }

    /** The form field {@code sourceUrl}: where the files came from, an http or https URL (null when not given). */
    private static String sourceUrl(Context ctx) {
        String url = formField(ctx, "sourceUrl");
        if (url == null) {
            return null;
        }
        if (!com.policyminer.parse.SourceUrl.isWebAddress(url) || url.length() > Sidecar.MAX_URL) {
            throw new ApiException(400, "bad_request", "sourceUrl must be an http or https URL of at most " + Sidecar.MAX_URL + " characters");
        }
        return url.strip();
    }

    /** The form field {@code title}: a title for the one file uploaded (null when not given). */
    private static String title(Context ctx, int files) {
        String title = formField(ctx, "title");
        if (title == null) {
            return null;
        }
        if (files > 1) {
            throw new ApiException(400, "bad_request", "a title is for one file: upload the files one at a time to give each its title");
        }
        if (title.length() > Sidecar.MAX_TITLE) {
            throw new ApiException(400, "bad_request", "title is longer than " + Sidecar.MAX_TITLE + " characters");
        }
        return title;
    }

    /** The form field {@code date} (YYYY-MM-DD): a date for every file uploaded (null when not given). */
    private static LocalDate date(Context ctx) {
        String date = formField(ctx, "date");
        if (date == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(date);
            if (d.getYear() < 1900 || d.getYear() > 2100) {
                throw new ApiException(400, "bad_request", "date is out of range (1900–2100): " + clip(date));
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiException(400, "bad_request", "date must be a day as YYYY-MM-DD, e.g. 2023-05-12: " + clip(date));
        }
    }

    private static String formField(Context ctx, String name) {
        String v;
        try {
            v = ctx.formParam(name);
        } catch (RuntimeException e) {
            throw new ApiException(400, "bad_request", "malformed multipart body");
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    void delete(Context ctx) throws IOException {
        // after a running reindex (which could otherwise index the file again after it was removed)
        reindexing.lock();
        try {
            engine.writeLock().lock();
            try {
                deleteLocked(ctx);
            } catch (VirtualMachineError e) {
                throw unavailable(e);
            } finally {
                engine.writeLock().unlock();
            }
        } finally {
            reindexing.unlock();
        }
    }

    /** An Error (out of memory …) caught at the edge: the writer is reopened at the next write. */
    private static ApiException unavailable(VirtualMachineError e) {
        org.slf4j.LoggerFactory.getLogger(WriteHandlers.class).error("write failed", e);
        return new ApiException(503, "unavailable", "the server ran out of resources (" + e.getClass().getSimpleName()
                + "); nothing was changed by this request beyond what its answer says; try again");
    }

    private void deleteLocked(Context ctx) throws IOException {
        String id = DocumentHandlers.id(ctx);
        List<String> paths = new ArrayList<>();
        engine.index().indexedReports().forEach((path, docId) -> {
            if (docId.equals(id)) {
                paths.add(path);
            }
        });
        if (paths.isEmpty()) {
            throw new NotFoundException("no document with id " + id);
        }
        boolean onlyUploads = true;
        for (String path : paths) {
            engine.index().deleteByPath(path);
            onlyUploads &= uploads.deleteStored(path);
        }
        engine.index().commit();
        ctx.json(Map.of("id", id, "removed", paths, "message", onlyUploads ? "deleted"
                : "removed from the index; the file is still in the corpus folder and returns at the next reindex unless it is removed there"));
    }

    void reindex(Context ctx) throws IOException {
        if (!reindexing.tryLock()) {
            throw new ApiException(409, "busy", "a reindex is already running");
        }
        // Without the write lock: uploads go on while the reindex runs and while it merges (each commit,
        // theirs and its, is one atomic Lucene commit; a file uploaded meanwhile is left to its upload:
        // the run reads the index before it lists the corpus). Deletes wait for it (above).
        try {
            IngestReport report = engine.ingest().run(engine.config().corpus(), null);
            ctx.json(Map.of("summary", report.summary(), "counts", report.counts(), "failures", report.failures(),
                    "warnings", report.warned(), "timings", report.timings()));
        } catch (VirtualMachineError e) {
            throw unavailable(e);
        } finally {
            reindexing.unlock();
        }
    }

    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("max") && m.contains("size")) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
