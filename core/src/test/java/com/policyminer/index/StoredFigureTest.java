package com.policyminer.index;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A figure's JSON, as stored in the index and served, with the subject type and span and the year source (issue 16). */
class StoredFigureTest {

    private static final String BEFORE_ISSUE_16 = """
            {"docId":"d","surface":"5.05%","start":100,"end":105,"rule":"level","numberText":"5.05","value":5.05,\
            "unit":"%","normalizedValue":0.0505,"normalizedUnit":"ratio","kind":"level","qualifier":"exact",\
            "low":0.0505,"high":0.0505,"year":2020,"yearEnd":null,"period":"","subject":"西安市",\
            "indicator":"R&D经费投入强度","sentence":"…","sentenceStart":90,"source":"text"}""";

    @Test
    void roundTripsTheNewFields() {
        Figure f = new Figure("d", "428家", 20, 24, "count", "428", 428, "家", 428, "enterprises", "count", "exact",
                428, 428, 2023, null, "", "relative", "科创板", "market", 12, 15, "上市公司", "…", 10, "text", null, null);
        String json = StoredJson.write(f);
        Figure back = StoredJson.read(json, Figure.class);
        assertEquals(f, back);
        assertEquals("market", back.subjectType());
        assertEquals(12, back.subjectStart());
        assertEquals("relative", back.yearSource());
    }

    @Test
    void aFigureOnAScannedPageCarriesItsConfidence() {
        Figure f = new Figure("d", "428家", 20, 24, "count", "428", 428, "家", 428, "enterprises", "count", "exact",
                428, 428, 2023, null, "", "text", "", "", -1, -1, "企业", "…", 10, "text", null, null);
        Figure scanned = f.onPage(new com.policyminer.model.Page(3, "3", 0, 100, 595, 842, null).withOcrConfidence(0.8914));
        assertEquals(0.891, scanned.ocrConfidence());
        String json = StoredJson.write(scanned);
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"ocr\":true,\"ocrConfidence\":0.891")
                || json.contains("\"ocrConfidence\":0.891") && json.contains("\"ocr\":true"), json);
        assertEquals(scanned, StoredJson.read(json, Figure.class));
        Figure layer = f.onPage(new com.policyminer.model.Page(3, "3", 0, 100, 595, 842, null));
        org.junit.jupiter.api.Assertions.assertFalse(StoredJson.write(layer).contains("ocr"), "a text layer's figure says nothing of OCR");
        assertEquals(null, layer.ocrConfidence());
        assertEquals(0.891, scanned.withSubject("甘肃省").ocrConfidence(), "kept when the subject is renamed");
    }

    @Test
    void readsAFigureStoredBeforeTheFieldsExisted() {
        // an index of schema 16 is re-ingested whole, but until then its figures still read
        Figure old = StoredJson.read(BEFORE_ISSUE_16, Figure.class);
        assertEquals("西安市", old.subject());
        assertEquals("other", old.subjectType(), "a subject of unknown type");
        assertEquals(-1, old.subjectStart());
        assertEquals(-1, old.subjectEnd());
        assertEquals("text", old.yearSource(), "years were only ever read from the text");
    }
}
