package com.policyminer.app;

import com.policyminer.parse.OcrSettings;
import com.policyminer.parse.ParseLimits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * All settings, resolved once at start-up: defaults, then environment variables, then CLI flags
 * (applied by the CLI through the {@code with…} methods).
 *
 * @param index          index folder (POLICYMINER_INDEX, --index)
 * @param corpus         corpus folder (POLICYMINER_CORPUS, --corpus)
 * @param host           address the server binds (POLICYMINER_HOST, --host); loopback by default
 * @param port           HTTP port (POLICYMINER_PORT, --port)
 * @param threads        ingest threads (POLICYMINER_THREADS, --threads); default: all cores
 * @param commitEvery    commit after this many files during ingest, or after a minute (POLICYMINER_COMMIT_EVERY)
 * @param limits         per-file parse limits: POLICYMINER_MAX_FILE_MB, POLICYMINER_MAX_CHARS, POLICYMINER_PARSE_TIMEOUT_S,
 *                       POLICYMINER_ANALYSIS_TIMEOUT_S
 * @param writeToken     bearer token for writes (POLICYMINER_TOKEN); empty: writes only from loopback (unless named tokens are given)
 * @param maxUploadBytes largest upload accepted (POLICYMINER_MAX_UPLOAD_MB)
 * @param corsOrigins    allowed CORS origins (POLICYMINER_CORS_ORIGINS, comma-separated); empty: CORS off
 * @param hostNames      names the server answers to besides the loopback names and its bound address
 *                       (POLICYMINER_HOST_NAMES, comma-separated); see {@code api/HostCheck}
 * @param namedTokens    write tokens with names (POLICYMINER_TOKENS: {@code name:token,name:token}); the name of the token
 *                       an upload came with is recorded as its uploader (see {@link WriteTokens})
 * @param ocr            OCR of scanned pages and image files: POLICYMINER_TESSERACT (the binary),
 *                       POLICYMINER_OCR_LANGUAGES, POLICYMINER_OCR_DPI, POLICYMINER_OCR_PAGE_TIMEOUT_S,
 *                       POLICYMINER_OCR_FILE_TIMEOUT_S, POLICYMINER_OCR_EMBEDDED_IMAGES (true: images inside a DOCX
 *                       are OCR'd too; off by default); as many pages at once as there are ingest threads
 */
public record Config(Path index, Path corpus, String host, int port, int threads, int commitEvery,
                     ParseLimits limits, String writeToken, long maxUploadBytes, String corsOrigins, String hostNames,
                     OcrSettings ocr, String namedTokens) {

    /** Without named tokens. */
    public Config(Path index, Path corpus, String host, int port, int threads, int commitEvery,
                  ParseLimits limits, String writeToken, long maxUploadBytes, String corsOrigins, String hostNames,
                  OcrSettings ocr) {
        this(index, corpus, host, port, threads, commitEvery, limits, writeToken, maxUploadBytes, corsOrigins, hostNames, ocr, "");
    }

    /** Without extra host names. */
    public Config(Path index, Path corpus, String host, int port, int threads, int commitEvery,
                  ParseLimits limits, String writeToken, long maxUploadBytes, String corsOrigins) {
        this(index, corpus, host, port, threads, commitEvery, limits, writeToken, maxUploadBytes, corsOrigins, "");
    }

    /** With the default OCR settings. */
    public Config(Path index, Path corpus, String host, int port, int threads, int commitEvery,
                  ParseLimits limits, String writeToken, long maxUploadBytes, String corsOrigins, String hostNames) {
        this(index, corpus, host, port, threads, commitEvery, limits, writeToken, maxUploadBytes, corsOrigins, hostNames,
                OcrSettings.DEFAULT);
    }

    public Config {
        if (index == null || corpus == null || host == null || host.isBlank() || limits == null) {
            throw new IllegalArgumentException("index, corpus, host and limits are required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (threads < 1 || commitEvery < 1 || maxUploadBytes < 1) {
            throw new IllegalArgumentException("threads, commit interval and upload limit must be positive");
        }
        writeToken = writeToken == null ? "" : writeToken;
        corsOrigins = corsOrigins == null ? "" : corsOrigins;
        hostNames = hostNames == null ? "" : hostNames;
        namedTokens = namedTokens == null ? "" : namedTokens;
        WriteTokens.parse(writeToken, namedTokens); // a malformed list is refused at start-up
        ocr = (ocr == null ? OcrSettings.DEFAULT : ocr).withThreads(threads);
    }

    public static Config fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static Config fromEnvironment(Map<String, String> env) {
        long mb = 1024L * 1024;
        return new Config(
                Path.of(env.getOrDefault("POLICYMINER_INDEX", "index")),
                Path.of(env.getOrDefault("POLICYMINER_CORPUS", "corpus")),
                env.getOrDefault("POLICYMINER_HOST", "127.0.0.1"),
                intOf(env, "POLICYMINER_PORT", 7070),
                intOf(env, "POLICYMINER_THREADS", Runtime.getRuntime().availableProcessors()),
                intOf(env, "POLICYMINER_COMMIT_EVERY", 1000),
                new ParseLimits(intOf(env, "POLICYMINER_MAX_FILE_MB", 100) * mb,
                        intOf(env, "POLICYMINER_MAX_CHARS", 20_000_000),
                        Duration.ofSeconds(intOf(env, "POLICYMINER_PARSE_TIMEOUT_S", 60)),
                        Duration.ofSeconds(intOf(env, "POLICYMINER_ANALYSIS_TIMEOUT_S", 60))),
                env.getOrDefault("POLICYMINER_TOKEN", ""),
                intOf(env, "POLICYMINER_MAX_UPLOAD_MB", 100) * mb,
                env.getOrDefault("POLICYMINER_CORS_ORIGINS", ""),
                env.getOrDefault("POLICYMINER_HOST_NAMES", ""),
                new OcrSettings(env.getOrDefault("POLICYMINER_TESSERACT", OcrSettings.DEFAULT.tesseract()),
                        env.getOrDefault("POLICYMINER_OCR_LANGUAGES", OcrSettings.DEFAULT.languages()),
                        intOf(env, "POLICYMINER_OCR_DPI", OcrSettings.DEFAULT.dpi()),
                        Duration.ofSeconds(intOf(env, "POLICYMINER_OCR_PAGE_TIMEOUT_S", (int) OcrSettings.DEFAULT.pageTimeout().toSeconds())),
                        Duration.ofSeconds(intOf(env, "POLICYMINER_OCR_FILE_TIMEOUT_S", (int) OcrSettings.DEFAULT.fileTimeout().toSeconds())),
                        1, booleanOf(env, "POLICYMINER_OCR_EMBEDDED_IMAGES", OcrSettings.DEFAULT.embeddedImages())),
                env.getOrDefault("POLICYMINER_TOKENS", ""));
    }

    /** {@code true} or {@code false} (any case); another value stops start-up with the variable's name. */
    private static boolean booleanOf(Map<String, String> env, String key, boolean dflt) {
        String v = env.get(key);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        if (v.strip().equalsIgnoreCase("true") || v.strip().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v.strip());
        }
        throw new IllegalArgumentException(key + " must be true or false");
    }

    private static int intOf(Map<String, String> env, String key, int dflt) {
        String v = env.get(key);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + v + "'");
        }
    }

    public Config withIndex(Path p) {
        return p == null ? this : new Config(p, corpus, host, port, threads, commitEvery, limits, writeToken, maxUploadBytes, corsOrigins, hostNames, ocr, namedTokens);
    }

    public Config withCorpus(Path p) {
        return p == null ? this : new Config(index, p, host, port, threads, commitEvery, limits, writeToken, maxUploadBytes, corsOrigins, hostNames, ocr, namedTokens);
    }

    public Config withServer(String h, Integer p) {
        return new Config(index, corpus, h == null ? host : h, p == null ? port : p, threads, commitEvery, limits,
                writeToken, maxUploadBytes, corsOrigins, hostNames, ocr, namedTokens);
    }

    public Config withThreads(Integer t) {
        return t == null ? this : new Config(index, corpus, host, port, t, commitEvery, limits, writeToken, maxUploadBytes, corsOrigins, hostNames, ocr, namedTokens);
    }
}
