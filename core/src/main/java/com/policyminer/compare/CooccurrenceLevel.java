package com.policyminer.compare;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The text unit two entities must share to count as discussed together. */
public enum CooccurrenceLevel {
    /** Ends after 。！？； or a line break. */
    SENTENCE("sentence"),
    /** Ends at a line break. */
    PARAGRAPH("paragraph");

    private final String code;

    CooccurrenceLevel(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static CooccurrenceLevel parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "sentence", "sentences" -> SENTENCE;
            case "paragraph", "paragraphs" -> PARAGRAPH;
            default -> throw new IllegalArgumentException(
                    "unknown level '" + text + "'; expected sentence or paragraph");
        };
    }
}
