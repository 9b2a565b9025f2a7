package com.policyminer.parse;

import com.policyminer.model.Page;
import com.policyminer.model.TextBlock;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads OFD (GB/T 33190, the Chinese fixed-layout format: a zip holding {@code OFD.xml}, the
 * document and one content file per page) with ofdrw. The text of each page is put in reading
 * order from the glyph positions, not from the order of the objects in the file: runs are grouped
 * into lines by baseline, lines sorted top to bottom and runs left to right; a line starts a new
 * paragraph after a wider gap, when it is indented, or when the line before stopped short of the
 * right margin. A page-number line at the foot of the page ("— 3 —", "第3页", "3") becomes the
 * page's printed label, not body text. Pages are filled: size and line boxes in PDF points from
 * the page's top-left (OFD measures in millimetres).
 */
final class OfdReader {

    private static final float PT_PER_MM = 72f / 25.4f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[—–\\-－\\s]*(?:第\\s*)?([0-9]{1,4})(?:\\s*页)?[—–\\-－\\s]*$");

    private OfdReader() {
    }

    /** A zip with {@code OFD.xml} at its root (read from the zip's directory, nothing inflated). */
    static boolean isOfd(byte[] bytes) {
        if (!ZipBombGuard.isZip(bytes)) {
            return false;
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            return zip.getEntry("OFD.xml") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** One run of glyphs on one baseline, in millimetres from the page's top-left. */
    private record Run(float x, float baseline, float width, float size, String text) {
    }

    /** One line of a page: its runs joined, and its box. */
    private record Line(String text, float x, float top, float right, float baseline, float size) {
    }

    static ReadDocument read(byte[] bytes, int maxChars, long deadline) throws ParseFailure {
        StructuredTextBuilder out = new StructuredTextBuilder(maxChars);
        String title = null;
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(bytes))) {
            title = title(reader);
            ContentExtractor extractor = new ContentExtractor(reader);
            int pages = reader.getNumberOfPages();
            for (int n = 1; n <= pages && !out.truncated(); n++) {
                if (System.nanoTime() > deadline) {
                    throw new ParseFailure(ParseFailure.Reason.TIMEOUT, "parsing took too long (OFD page " + n + " of " + pages + ")");
                }
                ST_Box size = reader.getPageSize(n);
                List<Line> lines = lines(extractor.getPageTextObject(n));
                String label = null;
                if (!lines.isEmpty()) {
                    Line last = lines.get(lines.size() - 1);
                    Matcher m = PAGE_NUMBER.matcher(last.text());
                    if (m.matches() && (lines.size() == 1 || last.top() > lines.get(lines.size() - 2).baseline() + 2 * last.size())) {
                        label = m.group(1);
                        lines.remove(lines.size() - 1);
                    }
                }
                out.startPage(n, label, (float) (size.getWidth() * PT_PER_MM), (float) (size.getHeight() * PT_PER_MM));
                writeParagraphs(lines, out);
                out.endPage();
            }
        } catch (ParseFailure f) {
            throw f;
        } catch (IOException | RuntimeException e) {
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "corrupt or unreadable OFD (GB/T 33190) file: "
                    + TikaDocumentParser.describe(e), e);
        }
        return ReadDocument.of(out, out.tables(), title);
    }

    private static String title(OFDReader reader) {
        try {
            DocBody body = reader.getOFDDir().getOfd().getDocBody();
            String t = body == null || body.getDocInfo() == null ? null : body.getDocInfo().getTile(); // sic: ofdrw names the Title element's getter getTile
            return t == null || t.isBlank() ? null : t.strip();
        } catch (IOException | org.dom4j.DocumentException | RuntimeException e) {
            return null; // a title is a nicety; the text is what counts
        }
    }

    /** The page's text objects as lines in reading order. */
    private static List<Line> lines(List<TextObject> objects) {
        List<Run> runs = new ArrayList<>();
        for (TextObject t : objects) {
            runs.addAll(runs(t));
        }
        runs.sort(Comparator.comparingDouble(Run::baseline).thenComparingDouble(Run::x));
        List<List<Run>> grouped = new ArrayList<>();
        for (Run r : runs) {
            List<Run> line = grouped.isEmpty() ? null : grouped.get(grouped.size() - 1);
            if (line != null && Math.abs(line.get(0).baseline() - r.baseline()) <= 0.4f * Math.max(r.size(), line.get(0).size())) {
                line.add(r);
            } else {
                grouped.add(new ArrayList<>(List.of(r)));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Run> line : grouped) {
            line.sort(Comparator.comparingDouble(Run::x));
            StringBuilder text = new StringBuilder();
            float right = line.get(0).x();
            float size = 0;
            for (Run r : line) {
                if (text.length() > 0 && needsSpace(text.charAt(text.length() - 1), r.text().charAt(0), r.x() - right, r.size())) {
                    text.append(' ');
                }
                text.append(r.text());
                right = Math.max(right, r.x() + r.width());
                size = Math.max(size, r.size());
            }
            String s = TextRepair.trimBlock(text.toString());
            if (!s.isEmpty()) {
                Run first = line.get(0);
                lines.add(new Line(s, first.x(), first.baseline() - size, right, first.baseline(), size));
            }
        }
        return lines;
    }

    private static boolean needsSpace(char before, char after, float gap, float size) {
        if (Character.isWhitespace(before) || Character.isWhitespace(after)) {
            return false;
        }
        boolean cjk = TextRepair.isCjk(before) || TextRepair.isCjk(after);
        return !cjk && gap > 0.15f * size || cjk && gap > 2f * size && !TextRepair.isCjk(before);
    }

    /** The runs of one text object: each TextCode at its position (relative to the boundary, through the CTM's scale and shift). */
    private static List<Run> runs(TextObject t) {
        List<Run> out = new ArrayList<>();
        ST_Box box = t.getBoundary();
        if (box == null || Boolean.FALSE.equals(t.getVisible())) {
            return out;
        }
        double[] ctm = ctm(t.getCTM());
        double scale = Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
        float size = (float) ((t.getSize() == null ? 3.5 : t.getSize()) * scale);
        Double x = 0.0;
        Double y = 0.0;
        for (TextCode code : t.getTextCodes()) {
            String s = code.getContent();
            x = code.getX() != null ? code.getX() : x;
            y = code.getY() != null ? code.getY() : y;
            if (s == null || s.isEmpty()) {
                continue;
            }
            double advance = 0;
            List<Float> deltas = code.getDeltaX() == null ? List.of() : DeltaTool.getDelta(code.getDeltaX(), s.codePointCount(0, s.length()));
            for (Float d : deltas) {
                advance += d == null ? 0 : d;
            }
            int last = s.codePointBefore(s.length());
            double lastWidth = (t.getSize() == null ? 3.5 : t.getSize()) * (last < 0x2E80 ? 0.5 : 1.0);
            if (deltas.isEmpty()) {
                advance = (t.getSize() == null ? 3.5 : t.getSize()) * s.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1.0).sum() - lastWidth;
            }
            double px = ctm[0] * x + ctm[2] * y + ctm[4];
            double py = ctm[1] * x + ctm[3] * y + ctm[5];
            out.add(new Run((float) (box.getTopLeftX() + px), (float) (box.getTopLeftY() + py),
                    (float) ((advance + lastWidth) * scale), size, s));
            x = x + advance + lastWidth;
        }
        return out;
    }

    private static double[] ctm(ST_Array a) {
        if (a == null) {
            return new double[]{1, 0, 0, 1, 0, 0};
        }
        try {
            Double[] v = a.toDouble();
            return v.length == 6 ? new double[]{v[0], v[1], v[2], v[3], v[4], v[5]} : new double[]{1, 0, 0, 1, 0, 0};
        } catch (RuntimeException e) {
            return new double[]{1, 0, 0, 1, 0, 0};
        }
    }

    /** Lines into paragraphs, written with a box for each line. */
    private static void writeParagraphs(List<Line> lines, StructuredTextBuilder out) {
        if (lines.isEmpty()) {
            return;
        }
        float left = Float.MAX_VALUE;
        float right = 0;
        List<Float> pitches = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            left = Math.min(left, lines.get(i).x());
            right = Math.max(right, lines.get(i).right());
            if (i > 0) {
                pitches.add(lines.get(i).baseline() - lines.get(i - 1).baseline());
            }
        }
        pitches.sort(null);
        float pitch = pitches.isEmpty() ? 0 : pitches.get(pitches.size() / 2);
        List<Line> paragraph = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!paragraph.isEmpty()) {
                Line prev = paragraph.get(paragraph.size() - 1);
                boolean gap = pitch > 0 && l.baseline() - prev.baseline() > 1.6f * pitch;
                boolean indented = l.x() > left + 1.5f * l.size();
                boolean shortBefore = prev.right() < right - 2f * prev.size();
                if (gap || indented || shortBefore) {
                    write(paragraph, out);
                    paragraph.clear();
                }
            }
            paragraph.add(l);
        }
        write(paragraph, out);
    }

    private static void write(List<Line> paragraph, StructuredTextBuilder out) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (Line l : paragraph) {
            if (text.length() > 0) {
                char before = text.charAt(text.length() - 1);
                char after = l.text().charAt(0);
                if (!(TextRepair.isCjk(before) || TextRepair.isCjk(after)) && before != '-') {
                    text.append(' ');
                }
            }
            spans.add(new int[]{text.length(), text.length() + l.text().length()});
            text.append(l.text());
        }
        int start = out.length();
        out.addBlock(TextBlock.Kind.PARAGRAPH, text.toString());
        if (out.length() == start) {
            return; // over the character limit
        }
        for (int i = 0; i < paragraph.size(); i++) {
            Line l = paragraph.get(i);
            out.addBox(new Page.Box(start + spans.get(i)[0], start + spans.get(i)[1], l.x() * PT_PER_MM, l.top() * PT_PER_MM,
                    (l.right() - l.x()) * PT_PER_MM, l.size() * 1.2f * PT_PER_MM));
        }
    }
}
