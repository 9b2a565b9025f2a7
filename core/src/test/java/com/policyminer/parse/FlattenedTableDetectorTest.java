package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;
import com.policyminer.model.Table;
import com.policyminer.model.TableCell;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlattenedTableDetectorTest {

    private static final String FLAT = "表1  主要地区2020年情况\n\n\t梯队\n\t省市\n\t强度（%）\n\n\t第Ⅰ梯队\n\t山东\n\t2.30 \n\n\t\n\t湖北\n\t2.31 \n\n由上表可知。";

    @Test
    void rebuildsRowsWithCellOffsets() {
        List<Table> tables = FlattenedTableDetector.detect(FLAT);
        assertEquals(1, tables.size());
        List<List<TableCell>> rows = tables.get(0).rows();
        assertEquals(List.of("梯队", "省市", "强度（%）"), rows.get(0).stream().map(TableCell::text).toList());
        assertEquals(List.of("", "湖北", "2.31"), rows.get(2).stream().map(TableCell::text).toList());
        for (List<TableCell> row : rows) {
            for (TableCell c : row) {
                assertEquals(c.text(), FLAT.substring(c.start(), c.end()));
            }
        }
        assertTrue(FLAT.substring(tables.get(0).end()).startsWith("\n\n由上表可知"));
    }

    @Test
    void ordinaryTextAndSingleIndentedLinesAreNoTable() {
        assertEquals(List.of(), FlattenedTableDetector.detect("第一段。\n\t缩进的一行\n\n第二段。"));
        assertEquals(List.of(), FlattenedTableDetector.detect(""));
    }

    @Test
    void plainTextStructureKeepsTheCaption() {
        PlainTextStructure s = new PlainTextStructure(FLAT);
        assertEquals(1, s.tables.size());
        assertEquals("表1  主要地区2020年情况", s.tables.get(0).caption());
    }

    @Test
    void seedReportTableOneHasTwentyOneProvinces() throws Exception {
        ParsedDocument d = new TikaDocumentParser().parse(Path.of("corpus/000_f8820dc2aea3848d.txt"), "000_f8820dc2aea3848d.txt");
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertTrue(t.caption().startsWith("表1"), t.caption());
        assertEquals(22, t.rows().size());
        assertEquals("西藏", t.rows().get(21).get(1).text());
        for (List<TableCell> row : t.rows()) {
            assertEquals(8, row.size());
            for (TableCell c : row) {
                assertEquals(c.text(), d.text().substring(c.start(), c.end()));
            }
        }
    }
}
