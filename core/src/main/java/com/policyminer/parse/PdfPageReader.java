package com.policyminer.parse;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads each page of a PDF as PDFBox sees it: the glyphs in content-stream order (which is the
 * reading order office suites write), with their positions, sizes and weight, and the ruling lines
 * drawn on the page (table borders). One pass over each content stream: PDFBox's text stripper
 * with path operators added.
 */
final class PdfPageReader extends PDFTextStripper {

    /** One glyph: its text, box (points from the page's top-left), font size and weight. */
    record Glyph(String text, float x, float top, float width, float height, float baseline, float size, boolean bold,
                 boolean spaceBefore, String font) {
        float right() {
            return x + width;
        }
    }

    /** A horizontal or vertical line drawn on the page, points from the top-left. */
    record Ruling(float x1, float y1, float x2, float y2) {
        boolean horizontal() {
            return Math.abs(y1 - y2) < 1f;
        }

        boolean vertical() {
            return Math.abs(x1 - x2) < 1f;
        }
    }

    /** One page as read: physical number (1-based), size in points, glyphs, rulings, glyphs without Unicode, whether it holds images. */
    record RawPage(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings, int unmapped,
                   boolean hasImages) {
    }

    private final Consumer<RawPage> sink;
    private final Runnable checkTime;
    private float pageHeight;
    private float pageWidth;
    private float originX;
    private float originY;
    private boolean hasImages;
    private List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> subpaths = new ArrayList<>(); // line segments of the current path: x1, y1, x2, y2
    private float[] last;
    private float[] first;

    PdfPageReader(Consumer<RawPage> sink, Runnable checkTime) throws IOException {
        this.sink = sink;
        this.checkTime = checkTime;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        addOperator(new PathOp("re"));
        addOperator(new PathOp("m"));
        addOperator(new PathOp("l"));
        addOperator(new PathOp("c"));
        addOperator(new PathOp("v"));
        addOperator(new PathOp("y"));
        addOperator(new PathOp("h"));
        for (String paint : List.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*")) {
            addOperator(new PaintOp(paint, true));
        }
        addOperator(new PaintOp("n", false));
    }

    /** Reads every page, handing each to the sink as it is done. */
    void read(PDDocument doc) throws IOException {
        writeText(doc, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        checkTime.run();
        PDRectangle box = page.getCropBox();
        int rotation = page.getRotation();
        boolean turned = rotation == 90 || rotation == 270;
        pageWidth = turned ? box.getHeight() : box.getWidth();
        pageHeight = turned ? box.getWidth() : box.getHeight();
        originX = box.getLowerLeftX();
        originY = box.getLowerLeftY();
        rulings = rotation == 0 ? new ArrayList<>() : null; // rulings only on unrotated pages
        hasImages = hasImages(page);
        subpaths.clear();
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        int unmapped = 0;
        boolean space = false;
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String s = t.getUnicode();
                if (s == null || s.isEmpty() || s.equals("\uFFFD") || Character.getType(s.codePointAt(0)) == Character.PRIVATE_USE) {
                    unmapped++;
                    continue;
                }
                if (s.isBlank()) {
                    space = true;
                    continue;
                }
                float size = t.getFontSizeInPt();
                float h = t.getHeightDir();
                if (size <= 0 || size > 500) {
                    size = h;
                }
                float height = Math.max(h, size * 0.7f);
                float baseline = t.getYDirAdj();
                glyphs.add(new Glyph(s, t.getXDirAdj(), baseline - height, t.getWidthDirAdj(), height, baseline, size,
                        fontFacts(t.getFont()).bold(), space, fontFacts(t.getFont()).family()));
                space = false;
            }
        }
        fonts.clear();
        sink.accept(new RawPage(getCurrentPageNo(), pageWidth, pageHeight, glyphs,
                rulings == null ? List.of() : List.copyOf(rulings), unmapped, hasImages));
    }

    /** Whether the page's resources hold an image (a scanned page is one image and no text). */
    private static boolean hasImages(PDPage page) {
        try {
            org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
            if (resources == null) {
                return false;
            }
            for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return false; // a damaged resource dictionary: no image known
        }
        return false;
    }

    private record FontFacts(String family, boolean bold) {
    }

    private final java.util.Map<PDFont, FontFacts> fonts = new java.util.IdentityHashMap<>();

    private FontFacts fontFacts(PDFont font) {
        return font == null ? new FontFacts("", false) : fonts.computeIfAbsent(font, f -> new FontFacts(family(f), bold(f)));
    }

    /** The font's name without the subset prefix ("ABCDEF+SimSun" → "SimSun"). */
    private static String family(PDFont font) {
        String name = font == null ? null : font.getName();
        if (name == null) {
            return "";
        }
        int plus = name.indexOf('+');
        return plus == 6 ? name.substring(7) : name;
    }

    private static boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName();
        if (name != null && (name.contains("Bold") || name.contains("bold") || name.contains("Heavy") || name.contains("Black"))) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    private float[] toPage(float x, float y) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float px = ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX();
        float py = ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY();
        return new float[] {px - originX, pageHeight - (py - originY)};
    }

    private void segment(float[] a, float[] b) {
        subpaths.add(new float[] {a[0], a[1], b[0], b[1]});
    }

    /** Path construction: remembers straight segments (curves only move the current point). */
    private final class PathOp extends OperatorProcessor {
        private final String name;

        PathOp(String name) {
            super(PdfPageReader.this);
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (rulings == null) {
                return;
            }
            float[] v = numbers(operands);
            switch (name) {
                case "re" -> {
                    if (v.length < 4) {
                        return;
                    }
                    float[] p1 = toPage(v[0], v[1]);
                    float[] p2 = toPage(v[0] + v[2], v[1]);
                    float[] p3 = toPage(v[0] + v[2], v[1] + v[3]);
                    float[] p4 = toPage(v[0], v[1] + v[3]);
                    segment(p1, p2);
                    segment(p2, p3);
                    segment(p3, p4);
                    segment(p4, p1);
                    first = p1;
                    last = p1;
                }
                case "m" -> {
                    if (v.length >= 2) {
                        first = last = toPage(v[0], v[1]);
                    }
                }
                case "l" -> {
                    if (v.length >= 2 && last != null) {
                        float[] p = toPage(v[0], v[1]);
                        segment(last, p);
                        last = p;
                    }
                }
                case "c" -> {
                    if (v.length >= 6) {
                        last = toPage(v[4], v[5]);
                    }
                }
                case "v", "y" -> {
                    if (v.length >= 4) {
                        last = toPage(v[2], v[3]);
                    }
                }
                case "h" -> {
                    if (last != null && first != null) {
                        segment(last, first);
                        last = first;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** Path painting: a painted path's horizontal and vertical segments (and thin filled boxes) become rulings. */
    private final class PaintOp extends OperatorProcessor {
        private final String name;
        private final boolean paints;

        PaintOp(String name, boolean paints) {
            super(PdfPageReader.this);
            this.name = name;
            this.paints = paints;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (rulings != null && paints && rulings.size() < 20_000) {
                for (float[] s : subpaths) {
                    float dx = Math.abs(s[0] - s[2]);
                    float dy = Math.abs(s[1] - s[3]);
                    if (dy < 1f && dx >= 2f || dx < 1f && dy >= 2f) {
                        rulings.add(new Ruling(Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.max(s[0], s[2]), Math.max(s[1], s[3])));
                    }
                }
            }
            subpaths.clear();
            first = last = null;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private static float[] numbers(List<COSBase> operands) {
        float[] v = new float[operands.size()];
        int n = 0;
        for (COSBase b : operands) {
            if (b instanceof COSNumber num) {
                v[n++] = num.floatValue();
            }
        }
        return n == v.length ? v : java.util.Arrays.copyOf(v, n);
    }
}
