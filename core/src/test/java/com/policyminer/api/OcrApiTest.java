package com.policyminer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.index.StoredJson;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scanned report uploaded over HTTP is OCR'd, indexed and found: its document view flags the page
 * ({@code ocr: true}, its confidence) and says so in its metadata, and a search passage and the
 * figures from it carry the flag and the page's confidence.
 */
@Tag("slow")
class OcrApiTest {

    @Test
    void aScanIsFoundAndFlagged(@TempDir Path tmp) throws Exception {
        com.policyminer.parse.OcrAvailable.assume();
        try (TestServer server = TestServer.loopback(tmp)) {
            HttpResponse<String> up = server.upload(new TestServer.Multipart().file("扫描件.pdf", scan()));
            JsonNode f = StoredJson.MAPPER.readTree(up.body()).get("files").get(0);
            assertEquals("INDEXED", f.get("outcome").asText(), up.body());
            String id = f.get("docId").asText();

            JsonNode doc = StoredJson.MAPPER.readTree(server.get("/api/documents/" + id).body());
            JsonNode page = doc.get("pages").get(0);
            assertTrue(page.get("ocr").asBoolean(), page.toString());
            double confidence = page.get("ocrConfidence").asDouble();
            assertTrue(confidence > 0.7 && confidence <= 1, page.toString());
            assertEquals("1", doc.get("metadata").get("ocr_pages").asText());
            // Tesseract reads this page's 京津冀 as 京津豆 (冀 at confidence 0): corrected, and the correction recorded
            String corrections = doc.get("metadata").path("ocr_corrections").asText();
            assertTrue(corrections.startsWith("p1 ") && corrections.contains("→京津冀"), corrections);
            assertTrue(doc.get("text").asText().contains("京津冀"), doc.get("text").asText());
            assertTrue(doc.get("text").asText().contains("东西部科技合作"), doc.get("text").asText());

            HttpResponse<String> r = server.get("/api/search?q=" + URLEncoder.encode("东西部科技合作", StandardCharsets.UTF_8)
                    + "&doc=" + id);
            JsonNode hit = StoredJson.MAPPER.readTree(r.body()).get("hits").get(0);
            JsonNode passage = hit.get("passages").get(0);
            assertEquals(1, passage.get("page").asInt(), passage.toString());
            assertTrue(passage.get("ocr").asBoolean(), passage.toString());
            assertEquals(confidence, passage.get("ocrConfidence").asDouble(), 1e-9);

            // its figures carry the page's confidence, in the document's own list and in /api/figures
            JsonNode figures = StoredJson.MAPPER.readTree(server.get("/api/documents/" + id + "/figures").body()).get("figures");
            assertTrue(figures.size() >= 1, figures.toString());
            for (JsonNode fig : figures) {
                assertTrue(fig.get("ocr").asBoolean(), fig.toString());
                assertEquals(confidence, fig.get("ocrConfidence").asDouble(), 1e-9, fig.toString());
            }
            HttpResponse<String> csv = server.get("/api/figures?format=csv&size=500");
            assertTrue(csv.body().lines().findFirst().orElse("").endsWith(",ocrConfidence"), csv.body());
            assertTrue(csv.body().contains("," + confidence + "\r\n"), csv.body());
        }
    }

    /** Page 1 of seed 002's PDF rendition drawn at 300 dpi into a PDF with no text layer. */
    static byte[] scan() throws java.io.IOException {
        try (PDDocument in = Loader.loadPDF(Path.of("core/src/test/resources/fidelity/002_62e1a830fce91b89/plain.pdf").toFile());
             PDDocument out = new PDDocument()) {
            PDRectangle box = in.getPage(0).getMediaBox();
            PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
            out.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(out, new PDFRenderer(in).renderImageWithDPI(0, 300, ImageType.GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                cs.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            out.save(b);
            return b.toByteArray();
        }
    }
}
