package com.policyminer.search;

import com.policyminer.compare.DocumentMentions;
import com.policyminer.compare.FigureLoader;
import com.policyminer.compare.MentionUnits;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the comparisons read of the whole corpus, one version at a time: every figure, and every report's text
 * with its mentions. Each backend feeds it ({@link LuceneCorpus}: the stored fields of one reader; the Solr
 * backend: cursors over the figure and extraction child documents); {@link CorpusSnapshot} builds and keeps the
 * comparison table from it, whichever backend it is.
 */
public interface CorpusSource {

    /** The corpus as it is now, held for the caller until it {@link Version#release releases} it. */
    Version current() throws IOException;

    /** One version of the corpus: what it holds does not change while it is held. */
    interface Version {

        /** Equal for the same version of the corpus (what the comparison table is kept for). */
        Object id();

        /**
         * How many figures {@link #figures} visits, at most, when it is known without reading them (the comparison
         * table's columns are made that large at once, not grown past it by half); 0 when not known.
         */
        default int figuresAtMost() {
            return 0;
        }

        /** Each figure, one at a time, with where the {@link #loader} finds it again (a hint; -1 when none). */
        void figures(FigureVisitor each) throws IOException;

        /**
         * Each report (once per content id) with its path, text and mentions (regions, organizations, policies, in
         * text order), one at a time.
         */
        void reports(ReportVisitor each) throws IOException;

        /**
         * Each report (once per content id) as which entities its sentences and paragraphs mention: what co-occurrence
         * counts. Worked out from each report's text ({@link #reports}) unless the backend keeps it.
         */
        default void mentionUnits(UnitsVisitor each) throws IOException {
            reports((path, report) -> each.accept(MentionUnits.of(report)));
        }

        /** As {@link #reports}, only the reports whose mentions {@code wanted} accepts (the others' text is not read). */
        void reportsMentioning(Predicate<List<Mention>> wanted, ReportVisitor each) throws IOException;

        /** Reads back a figure this version keeps (the comparison shows a few figures in full). */
        FigureLoader loader();

        /** Holds this version once more (a table built from it is kept). */
        void retain();

        /** Lets go of one hold. */
        void release();
    }

    @FunctionalInterface
    interface FigureVisitor {
        void accept(Figure figure, int where) throws IOException;
    }

    @FunctionalInterface
    interface ReportVisitor {
        void accept(String path, DocumentMentions report) throws IOException;
    }

    @FunctionalInterface
    interface UnitsVisitor {
        void accept(MentionUnits report) throws IOException;
    }
}
