package com.policyminer.extract.figures;

import com.policyminer.extract.text.TextChecks;

import com.policyminer.model.OrganizationMention;
import com.policyminer.model.RegionMention;
import com.policyminer.model.Table;
import com.policyminer.model.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every numeric cell of a table is a figure. Its subject is the row header (the nearest text cell
 * to its left; for a rank column, the name to its right; when the row is headed by a year, the
 * lowest header row); its indicator is the column header with the unit in parentheses taken off
 * ("R&D经费投入强度（%）"); its year comes from a 年份 column or the caption ("表1 主要地区2020年…").
 * Row-number (序号) and year columns are not figures.
 */
final class TableFigureFinder {

    /** A table figure before it becomes a {@code Figure}. */
    record Cell(TableCell cell, double value, String unit, double normalizedValue, String normalizedUnit,
                String kind, Subject subject, String indicator, Integer year, int rowStart, int rowEnd) {
    }

    private static final Pattern NUMERIC = Pattern.compile("-?[0-9０-９][0-9０-９ ,]*(?:[.．][0-9０-９]+)?\\s?[%％]?");
    private static final Pattern UNIT_IN_HEADER = Pattern.compile("[（(]([^）)]+)[）)]\\s*$");
    private static final String[] ROW_NUMBER_HEADERS = {"序号", "编号"};
    private static final String[] RANK_HEADERS = {"排名", "名次", "位次"};
    private static final String[] YEAR_HEADERS = {"年份", "年度"};
    private static final Pattern YEAR_CELL = Pattern.compile("(19|20)[0-9]{2}年?");

    private final UnitIndex units;

    TableFigureFinder(FigureVocabulary vocabulary) {
        this.units = new UnitIndex(vocabulary);
    }

    List<Cell> find(Table table, List<RegionMention> regions) {
        return find(table, regions, List.of());
    }

    List<Cell> find(Table table, List<RegionMention> regions, List<OrganizationMention> orgs) {
        // the mentions inside this table only: a row header looks among them, not among the document's
        List<RegionMention> inTable = regions.stream()
                .filter(r -> r.start() >= table.start() - CAPTION_REACH && r.end() <= table.end()).toList(); // and its caption
        List<OrganizationMention> orgsInTable = orgs.stream()
                .filter(o -> o.start() >= table.start() && o.end() <= table.end()).toList();
        return find(table, inTable, orgsInTable, true);
    }

    private List<Cell> find(Table table, List<RegionMention> regions, List<OrganizationMention> orgs, boolean inTable) {
        List<List<TableCell>> rows = table.rows();
        int headerRows = 0;
        while (headerRows < rows.size() && rows.get(headerRows).stream().noneMatch(c -> isNumeric(c.text()))) {
            headerRows++;
        }
        if (headerRows == 0 || headerRows == rows.size()) {
            return List.of();
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        String[][] headers = new String[headerRows][width];
        for (int h = 0; h < headerRows; h++) {
            String carry = "";
            for (int c = 0; c < width; c++) {
                List<TableCell> row = rows.get(h);
                String t = c < row.size() ? row.get(c).text() : "";
                carry = !t.isEmpty() ? t : c > 0 && h < headerRows - 1 ? carry : "";
                headers[h][c] = carry;
            }
        }
        Integer captionYear = YearBinder.captionYear(table.caption());
        List<Cell> out = new ArrayList<>();
        for (int r = headerRows; r < rows.size(); r++) {
            List<TableCell> row = rows.get(r);
            Integer rowYear = null;
            for (int c = 0; c < row.size(); c++) {
                if (isYearColumn(headers, c) && YEAR_CELL.matcher(row.get(c).text()).matches()) {
                    rowYear = Integer.parseInt(row.get(c).text().substring(0, 4));
                }
            }
            for (int c = 0; c < row.size(); c++) {
                TableCell cell = row.get(c);
                String top = headers[0][c];
                if (!isNumeric(cell.text()) || isYearColumn(headers, c) || TextChecks.containsAnyOnOneLine(top, ROW_NUMBER_HEADERS)) {
                    continue;
                }
                out.add(cell(table, row, headers, c, cell, rowYear != null ? rowYear : captionYear, regions, orgs));
            }
        }
        return out;
    }

    private Cell cell(Table table, List<TableCell> row, String[][] headers, int c, TableCell cell, Integer year,
                      List<RegionMention> regions, List<OrganizationMention> orgs) {
        String header = headers[0][c];
        boolean rank = TextChecks.containsAnyOnOneLine(header, RANK_HEADERS);
        TableCell rowHeader = null;
        if (rank) {
            for (int k = c + 1; k < row.size() && rowHeader == null; k++) {
                rowHeader = isText(row.get(k)) ? row.get(k) : null;
            }
        } else {
            for (int k = c - 1; k >= 0 && rowHeader == null; k--) {
                rowHeader = isText(row.get(k)) && !isYearColumn(headers, k) ? row.get(k) : null;
            }
        }
        Subject subject;
        String indicator = UNIT_IN_HEADER.matcher(header).replaceAll("").strip();
        boolean measureColumn = MEASURE_HEADER.matcher(indicator.replace(" ", "")).matches();
        if (rowHeader != null && measureColumn && rowSubject(rowHeader, regions, orgs).type().equals("other")) {
            // "| 绝对数(亿元) | 比上年增长(%) |" over rows 地区生产总值, 第一产业: the rows are the indicators, the
            // caption's place (表1 2019年玉环市生产总值) the subject
            indicator = rowHeader.text();
            subject = captionPlace(table, regions);
        } else if (rowHeader != null) {
            subject = rowSubject(rowHeader, regions, orgs);
        } else if (headers.length >= 2) {
            subject = new Subject(headers[headers.length - 1][c], "other", -1, -1);
        } else {
            subject = Subject.NONE;
        }
        String written = cell.text().replace("％", "%");
        boolean percent = written.endsWith("%");
        double value = NumberText.parse(written.replace("%", "").strip());
        String unit = percent ? "%" : unitOf(header);
        double factor = 1;
        String base = rank ? "rank" : "index";
        String kind = rank ? "rank" : measureColumn && GROWTH_HEADER.matcher(header).find() ? "growth" : "level";
        if (unit.equals("%")) {
            factor = 0.01;
            base = "ratio";
        } else if (!unit.isEmpty()) {
            FigureVocabulary.Unit u = units.unitAt(unit, 0);
            FigureVocabulary.Multiplier m = units.multiplierAt(unit, 0);
            if (u != null && u.surface().equals(unit)) {
                factor = u.factor();
                base = u.normalizedUnit();
            } else if (m != null && units.unitAt(unit, m.surface().length()) != null) {
                FigureVocabulary.Unit after = units.unitAt(unit, m.surface().length());
                factor = m.factor() * after.factor();
                base = after.normalizedUnit();
            }
        }
        int rowStart = row.stream().filter(x -> !x.text().isEmpty()).mapToInt(TableCell::start).min().orElse(cell.start());
        int rowEnd = row.stream().mapToInt(TableCell::end).max().orElse(cell.end());
        return new Cell(cell, value, unit, value * factor, base, kind, subject, indicator, year, rowStart, rowEnd);
    }

    /** Column headers that say what kind of number a column holds, not what is measured. */
    private static final java.util.regex.Pattern MEASURE_HEADER = java.util.regex.Pattern.compile(
            "绝对数|绝对值|数值|总量|金额|(?:比上年|同比|比上年同期)?增长|增速|增幅|(?:同比|比上年)?增减|占比|比重");
    private static final java.util.regex.Pattern GROWTH_HEADER = java.util.regex.Pattern.compile("增长|增速|增幅|增减");
    /** How far before a table its caption's place may be. */
    private static final int CAPTION_REACH = 80;

    /** The last place named in the caption line right before the table, or none. */
    private static Subject captionPlace(Table table, List<RegionMention> regions) {
        RegionMention last = null;
        for (RegionMention r : regions) {
            if (r.end() <= table.start() && r.start() >= table.start() - CAPTION_REACH) {
                last = r;
            }
        }
        if (last == null || table.caption().isEmpty()) {
            return Subject.NONE;
        }
        return new Subject(last.name(), last.level().equals("macro-region") ? "region-group" : "region", last.start(), last.end());
    }

    /**
     * The row header as the figure's subject: a place's canonical name when the cell is one place (a group when it
     * names several: 京津冀, 西兰), an organization's when it is one; else the header as written, of type other.
     */
    private static Subject rowSubject(TableCell header, List<RegionMention> regions, List<OrganizationMention> orgs) {
        int start = header.start();
        int end = header.end();
        List<RegionMention> whole = regions.stream().filter(r -> r.start() == start && r.end() == end).toList();
        if (!whole.isEmpty()) {
            boolean group = whole.stream().map(RegionMention::name).distinct().count() > 1;
            RegionMention r = whole.get(0);
            return group ? new Subject(header.text(), "region-group", start, end)
                    : new Subject(r.name(), r.level().equals("macro-region") ? "region-group" : "region", start, end);
        }
        return orgs.stream().filter(o -> o.start() == start && o.end() == end).findFirst()
                .map(o -> new Subject(o.name(), SubjectWords.typeOfOrganization(o.kind()), start, end))
                .orElse(new Subject(header.text(), "other", start, end));
    }

    private static String unitOf(String header) {
        var m = UNIT_IN_HEADER.matcher(header);
        return m.find() ? m.group(1).strip() : "";
    }

    private static boolean isYearColumn(String[][] headers, int c) {
        return TextChecks.containsAnyOnOneLine(headers[0][c], YEAR_HEADERS);
    }

    private static boolean isText(TableCell c) {
        return !c.text().isEmpty() && !isNumeric(c.text());
    }

    static boolean isNumeric(String s) {
        return NUMERIC.matcher(s.strip()).matches();
    }
}
