package com.policyminer.compare;

import com.policyminer.model.EntityType;
import java.util.List;

/**
 * The entities most often discussed together with one entity, served by
 * {@code GET /api/cooccurrence/partners?entity=&type=}.
 *
 * @param entity     the canonical name asked about
 * @param type       its type
 * @param found      false when no document mentions it (all counts 0, no partners)
 * @param sentences  sentences mentioning it
 * @param paragraphs paragraphs mentioning it
 * @param documents  documents mentioning it
 * @param partners   strongest first: by shared sentences, then shared paragraphs, then documents, then name
 */
public record Partners(String entity, EntityType type, boolean found, int sentences, int paragraphs, int documents,
                       List<Partner> partners) {

    public Partners {
        partners = List.copyOf(partners);
    }

    /**
     * @param sentences  sentences mentioning both
     * @param paragraphs paragraphs mentioning both (never 0 when {@code sentences} is not, but it can be
     *                   smaller: one paragraph may hold several shared sentences)
     * @param documents  documents with a shared paragraph
     * @param examples   shared sentences first, then shared paragraphs with no shared sentence, in corpus order
     */
    public record Partner(String name, EntityType type, int sentences, int paragraphs, int documents,
                          List<Example> examples) {
        public Partner {
            examples = List.copyOf(examples);
        }
    }

    /**
     * A passage where both are named.
     *
     * @param start      offset of {@code text} in the document
     * @param end        end offset of {@code text}
     * @param text       the sentence, or the paragraph (clipped to {@link Cooccurrence#MAX_EXAMPLE_CHARS})
     * @param highlights the mentions of both entities within it
     */
    public record Example(String docId, String title, CooccurrenceLevel level, int start, int end, String text,
                          List<Highlight> highlights) {
        public Example {
            highlights = List.copyOf(highlights);
        }
    }
}
