package com.policyminer.compare;

import com.policyminer.extract.Extraction;
import com.policyminer.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * One document's text and the mentions found in it, the input of {@link Cooccurrence}. Figures among the
 * mentions are ignored. Every mention's offsets must lie within the text.
 */
public record DocumentMentions(String docId, String title, String text, List<? extends Mention> mentions) {

    public DocumentMentions {
        if (docId == null || docId.isBlank()) {
            throw new IllegalArgumentException("document id is required");
        }
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        mentions = List.copyOf(mentions);
        for (Mention m : mentions) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("mention " + m.surface() + " at " + m.start() + ".." + m.end()
                        + " lies outside the text of " + docId + " (" + text.length() + " chars)");
            }
        }
    }

    /** A document's regions, organizations and policies as the extractors found them. */
    public static DocumentMentions of(String docId, String title, String text, Extraction x) {
        List<Mention> mentions = new ArrayList<>(x.regions());
        mentions.addAll(x.organizations());
        mentions.addAll(x.policies());
        return new DocumentMentions(docId, title, text, mentions);
    }
}
