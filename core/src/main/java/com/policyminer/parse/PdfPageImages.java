package com.policyminer.parse;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The images drawn on a PDF page large enough to hold text (a table or a page pasted as a picture into an
 * office document), each with the box it is drawn in: the page's content stream followed through its
 * transformations (and into its forms), as PDFBox's {@code PrintImageLocations} example does. Large: at least
 * {@link DocxImages#MIN_WIDTH} × {@link DocxImages#MIN_HEIGHT} pixels, as for a DOCX's images, drawn upright
 * (not turned) and at least 100 dpi (a picture shown larger than that holds no text Tesseract can read).
 */
final class PdfPageImages extends PDFStreamEngine {

    /** An image and where it is drawn: points from the page's top-left, as glyphs are. */
    record Drawn(PDImageXObject image, float left, float top, float width, float height) {

        /** The image's resolution as drawn (pixels per inch across). */
        int dpi() {
            return Math.round(image.getWidth() * 72f / width);
        }
    }

    private final List<Drawn> drawn = new ArrayList<>();
    private float pageHeight;
    private float originX;
    private float originY;

    private PdfPageImages() {
        addOperator(new Concatenate(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    /** The large images drawn on the page, in the order they are drawn. */
    static List<Drawn> large(PDPage page) throws IOException {
        PdfPageImages engine = new PdfPageImages();
        PDRectangle box = page.getCropBox();
        engine.pageHeight = box.getHeight();
        engine.originX = box.getLowerLeftX();
        engine.originY = box.getLowerLeftY();
        if (page.getRotation() != 0) {
            return List.of(); // a turned page: its images' boxes would need turning too
        }
        engine.processPage(page);
        return List.copyOf(engine.drawn);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (!OperatorName.DRAW_OBJECT.equals(operator.getName())) {
            super.processOperator(operator, operands);
            return;
        }
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || getResources() == null) {
            return;
        }
        PDXObject object = getResources().getXObject(name);
        if (object instanceof PDFormXObject form) {
            showForm(form);
        } else if (object instanceof PDImageXObject image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            float width = m.getScaleX();
            float height = m.getScaleY();
            boolean upright = Math.abs(m.getShearX()) < 1e-3 && Math.abs(m.getShearY()) < 1e-3 && width > 0 && height > 0;
            if (upright && image.getWidth() >= DocxImages.MIN_WIDTH && image.getHeight() >= DocxImages.MIN_HEIGHT
                    && image.getWidth() * 72f / width >= 100) {
                float left = m.getTranslateX() - originX;
                float top = pageHeight - (m.getTranslateY() - originY) - height;
                drawn.add(new Drawn(image, left, top, width, height));
            }
        }
    }
}
