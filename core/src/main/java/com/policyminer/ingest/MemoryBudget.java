package com.policyminer.ingest;

import com.policyminer.parse.ParseFailure;

/**
 * Memory admission for files being segmented, extracted and indexed. A file's cost is estimated
 * from its text once parsed ({@link #BYTES_PER_CHAR} a character: the text, HanLP's tokens, the
 * extracted mentions and the index buffers; a one-line file of 432,744 characters ran a 256 MB heap,
 * about 100 MB of it free after HanLP's dictionaries, out of memory) and a file is admitted only while the files in progress fit in three quarters of the
 * heap left beside a baseline; the rest is the working set of everything else (searches, Lucene's buffers). A file that could never fit is
 * {@code FAILED_TOO_LARGE} at once, with the sizes; one that fits later waits for its turn.
 */
public final class MemoryBudget {

    /** Estimated heap per character of text while a file goes through analysis and indexing. */
    public static final long BYTES_PER_CHAR = 400;
    /** The smallest heap policy-miner starts with for serve and ingest. */
    public static final long MIN_HEAP_BYTES = 256L << 20;

    private final long total;
    private long inUse;

    /** Heap taken before any file: HanLP's dictionaries, the extractors' data, Lucene and Jetty (about 150 MB measured). */
    public static final long BASELINE_BYTES = 160L << 20;

    /** A budget of three quarters of the heap left beside the {@link #BASELINE_BYTES baseline}. */
    public static MemoryBudget ofHeap() {
        return new MemoryBudget(Math.max(0, Runtime.getRuntime().maxMemory() - BASELINE_BYTES) / 4 * 3);
    }

    public MemoryBudget(long totalBytes) {
        this.total = totalBytes;
    }

    /** A file's admission: close it when the file's report has been indexed (or dropped). */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits until a text of {@code chars} characters fits; refuses one that never can. */
    public Permit admit(long chars, String path) throws ParseFailure {
        long cost = chars * BYTES_PER_CHAR;
        if (cost > total) {
            throw new ParseFailure(ParseFailure.Reason.TOO_LARGE, String.format(
                    "%,d characters need about %,d MB to segment and index; this server admits %,d MB per file"
                            + " (three quarters of its heap beyond a 160 MB baseline; raise -Xmx or lower POLICYMINER_MAX_CHARS)", chars, cost >> 20, total >> 20));
        }
        synchronized (this) {
            while (inUse + cost > total) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ParseFailure(ParseFailure.Reason.TIMEOUT, "interrupted while waiting for memory: " + path);
                }
            }
            inUse += cost;
        }
        boolean[] closed = {false};
        return () -> {
            synchronized (this) {
                if (!closed[0]) {
                    closed[0] = true;
                    inUse -= cost;
                    notifyAll();
                }
            }
        };
    }

    /** Bytes admitted now (tests). */
    synchronized long inUse() {
        return inUse;
    }

    /** A message when this JVM's heap is below {@link #MIN_HEAP_BYTES}, else null. */
    public static String heapTooSmall(long maxHeap) {
        if (maxHeap >= MIN_HEAP_BYTES) {
            return null;
        }
        return String.format("policy-miner needs a heap of at least %d MB to serve or ingest (this JVM has %d MB);"
                + " start it with java -Xmx512m -jar policy-miner.jar …", MIN_HEAP_BYTES >> 20, maxHeap >> 20);
    }
}
