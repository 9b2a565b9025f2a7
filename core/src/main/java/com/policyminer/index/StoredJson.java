package com.policyminer.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.policyminer.model.Figure;
import com.policyminer.model.Page;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.io.UncheckedIOException;

/**
 * The JSON codec for payloads stored in the index (documents, figures, mentions), and of the API and
 * the CLI. A figure's or mention's {@code page} and {@code pageLabel} are left out when null (a
 * document without pages), so an unpaged report's JSON is as it was.
 */
public final class StoredJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Figure.class, FigureOcrWhenScanned.class)
            .addMixIn(RegionMention.class, PageWhenPaged.class)
            .addMixIn(OrganizationMention.class, PageWhenPaged.class)
            .addMixIn(PolicyMention.class, PageWhenPaged.class)
            .addMixIn(Page.class, OcrWhenScanned.class);

    /** A page's OCR flag and confidence, written only for a page read by OCR. */
    private abstract static class OcrWhenScanned {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Double ocrConfidence();

        @JsonProperty(value = "ocr", access = JsonProperty.Access.READ_ONLY)
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean ocr();
    }

    /** A figure's page, and its OCR flag and confidence only for a figure read by OCR. */
    private abstract static class FigureOcrWhenScanned extends PageWhenPaged {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Double ocrConfidence();

        @JsonProperty(value = "ocr", access = JsonProperty.Access.READ_ONLY)
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean ocr();
    }

    /** The page of a mention, written only for documents that have pages. */
    private abstract static class PageWhenPaged {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Integer page();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String pageLabel();
    }

    private StoredJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
