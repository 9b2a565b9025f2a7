package com.policyminer.index;

import com.policyminer.model.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportCollectionsTest {

    private static ParsedDocument at(String path, Map<String, String> metadata) {
        return new ParsedDocument("id", path, "", null, "txt", "text/plain", 1, metadata, "正文。", List.of(), List.of());
    }

    @Test
    void aCorpusFileIsInItsFoldersAndAFileAtTheTopInNone() {
        assertEquals(List.of("项目A", "项目A/西安"), ReportCollections.collections(at("项目A/西安/x.pdf", Map.of())));
        assertEquals(List.of(), ReportCollections.collections(at("x.pdf", Map.of())));
    }

    @Test
    void anUploadIsInNoFolderCollectionUnlessItsSidecarGivesOne() {
        String stored = "uploads/" + "a".repeat(64) + ".pdf";
        assertEquals(List.of(), ReportCollections.collections(at(stored, Map.of())));
        assertEquals(List.of("项目A"), ReportCollections.collections(at(stored, Map.of(ReportCollections.COLLECTIONS, "项目A\n"))));
        // a folder of the analyst's that happens to hold an "uploads" folder further down is still a collection
        assertEquals(List.of("项目A", "项目A/uploads"), ReportCollections.collections(at("项目A/uploads/x.pdf", Map.of())));
    }
}
