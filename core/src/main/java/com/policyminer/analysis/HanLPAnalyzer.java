package com.policyminer.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import com.policyminer.model.Deadline;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chinese analyzer used at index and at query time: {@link HanLPTokenizer}, then
 * {@link CJKWidthFilter} (full-width Latin and digits fold to ASCII), {@link LowerCaseFilter},
 * {@link DecompoundFilter} (our multi-word dictionary entries are indexed as their parts) and
 * {@link PunctuationFilter} (drops punctuation, keeps %, ‰ and Latin terms such as R&amp;D).
 * Numbers and their units are separate tokens (61.21 | 亿元, 5.05 | %), so a query for
 * "61.21亿元" is a phrase over both and matches exactly where the report says it.
 *
 * <p>{@link #segment(String)} runs the tokenizer alone and returns every word with its offsets
 * and part of speech; {@link #filter(TokenStream)} lets a caller replay those words through the
 * same filters ({@link SegmentedTokenStream}), so a document is segmented once.
 */
public final class HanLPAnalyzer extends Analyzer {

    private final List<String> dictionaries;
    /**
     * Each thread's tokenizer for {@link #segment}, kept from one text to the next: a new one per text made its
     * lattice's arrays and buffers again and grew them to the text's size every time.
     */
    private final org.apache.lucene.util.CloseableThreadLocal<HanLPTokenizer> segmenters =
            new org.apache.lucene.util.CloseableThreadLocal<>();
    private boolean closed; // guarded by segmenters (a closed CloseableThreadLocal throws)
    /** A tokenizer is kept only after texts up to this long: the arrays it grew for a longer one are not held on to. */
    static final int KEEP_AFTER_CHARS = 1 << 20;

    public HanLPAnalyzer() {
        this(DomainDictionary.DEFAULT_LISTS);
    }

    public HanLPAnalyzer(List<String> dictionaries) {
        this.dictionaries = List.copyOf(dictionaries);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HanLPTokenizer(dictionaries);
        return new TokenStreamComponents(tokenizer, filter(tokenizer, dictionaries));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    /** The filter chain applied after segmentation; shared with pre-segmented streams. */
    public TokenStream filter(TokenStream words) {
        return filter(words, dictionaries);
    }

    private static TokenStream filter(TokenStream words, List<String> dictionaries) {
        TokenStream folded = new LowerCaseFilter(new CJKWidthFilter(words));
        return new PunctuationFilter(new DecompoundFilter(folded, DomainDictionary.load(dictionaries).decomposer()));
    }

    /** One pass of HanLP over a text: every word (punctuation too) with offsets and part of speech. */
    public List<SegmentedWord> segment(String text) {
        return segment(text, SegmentedWord::new);
    }

    /** Makes a caller's word record from a segmented word's parts. */
    @FunctionalInterface
    public interface WordMaker<W> {
        W make(String term, int start, int end, String pos);
    }

    /** {@link #segment(String)}, each word made as the caller keeps it (no copy from one record type to another). */
    public <W> List<W> segment(String text, WordMaker<W> maker) {
        return segment(text, maker, Deadline.NONE);
    }

    /** Words are checked against {@code deadline} every this many. */
    private static final int CHECK_EVERY = 4096;

    /**
     * {@link #segment(String, WordMaker)}, stopped by {@link Deadline.Exceeded} when {@code deadline} passes
     * (checked every {@value #CHECK_EVERY} words).
     */
    public <W> List<W> segment(String text, WordMaker<W> maker, Deadline deadline) {
        List<W> out = new ArrayList<>(text.length() / 2);
        HanLPTokenizer kept = take();
        try (Tokenizer t = kept != null ? kept : new HanLPTokenizer(dictionaries)) {
            kept = (HanLPTokenizer) t;
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
            TypeAttribute type = t.addAttribute(TypeAttribute.class);
            t.setReader(new StringReader(text));
            t.reset();
            while (t.incrementToken()) {
                out.add(maker.make(term.toString(), off.startOffset(), off.endOffset(), type.type()));
                if (out.size() % CHECK_EVERY == 0) {
                    deadline.check("segmentation");
                }
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (text.length() <= KEEP_AFTER_CHARS) { // a huge text's grown arrays are let go, not held by the thread
                giveBack(kept); // closed above (try-with-resources), so ready for the next text
            }
        }
        return out;
    }

    /** This thread's kept tokenizer, or null; while in use it is not kept (a maker that segments again makes its own). */
    private HanLPTokenizer take() {
        synchronized (segmenters) {
            if (closed) {
                return null;
            }
            HanLPTokenizer t = segmenters.get();
            if (t != null) {
                segmenters.set(null);
            }
            return t;
        }
    }

    private void giveBack(HanLPTokenizer t) {
        synchronized (segmenters) {
            if (t != null && !closed) {
                segmenters.set(t);
            }
        }
    }

    @Override
    public void close() {
        synchronized (segmenters) {
            closed = true;
            segmenters.close();
        }
        super.close();
    }
}
