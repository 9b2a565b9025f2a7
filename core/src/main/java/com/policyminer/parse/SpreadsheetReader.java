package com.policyminer.parse;

import com.policyminer.model.Table;
import com.policyminer.model.TextBlock;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads .xlsx and .xls workbooks (Apache POI): each sheet becomes a table, rows × cells with their
 * offsets, so that figures in it bind their row and column headers as in any other table. The
 * sheet name is a heading before the table and the table's caption; title lines above the header
 * (rows with one filled cell, such as a merged "表1 主要地区2020年…") are paragraphs before the table
 * and join the caption (the figure extractor takes a table's year from its caption); notes below it
 * ("注：…", "资料来源：…") are paragraphs after it. Cells are written as Excel shows them (number
 * formats applied; a formula by its cached result); empty cells keep their column.
 */
final class SpreadsheetReader {

    private static final int CHECK_EVERY_ROWS = 1000;
    /** A lone cell holding just a number is data, not a note below the table. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9][0-9,. ]*%?");

    private SpreadsheetReader() {
    }

    static ReadDocument read(byte[] bytes, int maxChars, long deadline) throws ParseFailure {
        StructuredTextBuilder out = new StructuredTextBuilder(maxChars);
        List<Table> tables = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (int s = 0; s < book.getNumberOfSheets() && !out.truncated(); s++) {
                Sheet sheet = book.getSheetAt(s);
                List<List<String>> rows = rows(sheet, format, deadline);
                if (!rows.isEmpty()) {
                    writeSheet(sheet.getSheetName().strip(), rows, out, tables);
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new ParseFailure(ParseFailure.Reason.ENCRYPTED, "workbook is encrypted or password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new ParseFailure(ParseFailure.Reason.CORRUPT, "corrupt or unreadable spreadsheet: " + TikaDocumentParser.describe(e), e);
        }
        return ReadDocument.of(out, tables, null);
    }

    /** The sheet's rows as cell texts, trailing empty cells dropped; empty rows dropped. */
    private static List<List<String>> rows(Sheet sheet, DataFormatter format, long deadline) throws ParseFailure {
        List<List<String>> rows = new ArrayList<>();
        int seen = 0;
        for (Row row : sheet) {
            if (++seen % CHECK_EVERY_ROWS == 0 && System.nanoTime() > deadline) {
                throw new ParseFailure(ParseFailure.Reason.TIMEOUT, "parsing took too long (sheet " + sheet.getSheetName() + ")");
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(row.getCell(c), format));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        String s;
        if (cell.getCellType() == CellType.FORMULA) {
            s = switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> format.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
                default -> "";
            };
        } else {
            s = format.formatCellValue(cell);
        }
        return TextRepair.trimBlock(s.replace('\n', ' ').replace('\t', ' '));
    }

    private static void writeSheet(String name, List<List<String>> rows, StructuredTextBuilder out, List<Table> tables) {
        int first = 0;
        List<String> titles = new ArrayList<>();
        while (first < rows.size() - 1 && filled(rows.get(first)) == 1) {
            titles.add(firstFilled(rows.get(first)));
            first++;
        }
        int last = rows.size();
        while (last > first + 1 && filled(rows.get(last - 1)) == 1 && !NUMBER.matcher(firstFilled(rows.get(last - 1))).matches()) {
            last--;
        }
        out.addBlock(TextBlock.Kind.HEADING, name);
        titles.forEach(t -> out.addBlock(TextBlock.Kind.PARAGRAPH, t));
        int before = out.tables().size();
        out.startTable();
        for (List<String> row : rows.subList(first, last)) {
            out.startRow();
            row.forEach(out::addCell);
            out.endRow();
        }
        out.endTable();
        if (out.tables().size() > before) {
            Table t = out.tables().get(out.tables().size() - 1);
            String caption = titles.isEmpty() ? name : name + " " + String.join(" ", titles);
            tables.add(new Table(t.start(), t.end(), caption, t.rows()));
        }
        rows.subList(last, rows.size()).forEach(r -> out.addBlock(TextBlock.Kind.PARAGRAPH, firstFilled(r)));
    }

    private static int filled(List<String> row) {
        return (int) row.stream().filter(c -> !c.isEmpty()).count();
    }

    private static String firstFilled(List<String> row) {
        return row.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

}
