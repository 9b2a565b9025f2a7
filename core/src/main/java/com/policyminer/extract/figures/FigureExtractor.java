package com.policyminer.extract.figures;

import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Figure;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
import com.policyminer.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Extracts cited figures (amounts, shares, growth rates, percentage-point changes, ranks,
 * multiples and counts) from a document's running text and tables, each with its exact span,
 * value, unit, normalized value, qualifier, year or period, subject and indicator.
 * A pure function of its inputs: the vocabulary is loaded once by {@link #standard()}.
 */
public final class FigureExtractor {

    private final FigureVocabulary vocabulary;
    private final FigureScanner scanner;
    private final TableFigureFinder tableFinder;
    private final IndicatorWords indicatorWords;
    private final SubjectWords subjectWords;
    /** Every search's first characters: each text is read once to find where they stand (see {@link StartPositions}). */
    private final StartPositions.Plan starts;
    private final List<String> respectively;
    private final String respectivelyStarts;

    private FigureExtractor(FigureVocabulary vocabulary, SubjectWords subjectWords) {
        this.vocabulary = vocabulary;
        this.subjectWords = subjectWords;
        this.scanner = new FigureScanner(vocabulary);
        this.tableFinder = new TableFigureFinder(vocabulary);
        this.indicatorWords = new IndicatorWords(vocabulary.indicators());
        this.respectively = vocabulary.words("respectively");
        this.respectivelyStarts = RespectivelyList.starts(respectively);
        List<String> sets = new ArrayList<>(FigureScanner.STARTS);
        sets.addAll(YearBinder.STARTS);
        sets.addAll(SubjectCandidates.starts(vocabulary, subjectWords));
        sets.add(indicatorWords.starts());
        sets.add(respectivelyStarts);
        this.starts = new StartPositions.Plan(sets.stream().filter(s -> !s.isEmpty()).toList());
    }

    /** An extractor reading the data in {@code core/src/main/resources/figures}. */
    public static FigureExtractor standard() {
        return new FigureExtractor(FigureVocabulary.load(), SubjectWords.load());
    }

    /** Figures whose subjects are places, organizations, markets and sectors (no programmes: no policy mentions). */
    public List<Figure> extract(AnalyzedDocument doc, List<RegionMention> regions, List<OrganizationMention> orgs) {
        return extract(doc, regions, orgs, List.of());
    }

    /**
     * Figures of a document, given its region, organization and policy mentions (a programme or platform the
     * policy extractor found, such as 秦创原, can be a figure's subject).
     */
    public List<Figure> extract(AnalyzedDocument doc, List<RegionMention> regions, List<OrganizationMention> orgs,
                                List<PolicyMention> policies) {
        String text = doc.text();
        List<Table> tables = doc.document().tables();
        TextLayout layout = new TextLayout(text, tables);
        StartPositions at = starts.index(text);
        List<Found> found = scanner.scan(text, 0, text.length(), at).stream()
                .filter(f -> tables.stream().noneMatch(t -> f.start() >= t.start() && f.start() < t.end()))
                .toList();
        List<RespectivelyList> lists = RespectivelyList.find(text, found, respectively,
                respectivelyStarts.isEmpty() ? new int[0] : at.at(respectivelyStarts));
        SubjectCandidates candidates = new SubjectCandidates(text, regions, orgs, policies, vocabulary, subjectWords, at);
        List<Subject> subjects = new ArrayList<>(new SubjectBinder(text, layout, candidates, vocabulary.words("enumeration-end"))
                .bind(found, lists));
        String home = homePlace(doc.document().title(), text, regions);
        if (!home.isEmpty()) {
            subjects.replaceAll(s -> s == Subject.NONE ? new Subject(home, "region", -1, -1) : s);
        }
        boolean[] entity = new boolean[text.length()];
        for (RegionMention r : regions) {
            mark(entity, r.start(), r.end());
        }
        for (OrganizationMention o : orgs) {
            mark(entity, o.start(), o.end());
        }
        List<String> indicators = new IndicatorFinder(text, layout, indicatorWords, doc.tokens(), entity,
                indicatorWords.occurrences(text, at)).find(found, lists);
        YearBinder years = new YearBinder(layout, tables, doc.document().date(), YearBinder.reportYear(doc.document().title()),
                at);

        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            out.add(textFigure(doc.id(), text, layout, found.get(i), years, subjects.get(i), indicators.get(i)));
        }
        for (Table t : tables) {
            for (TableFigureFinder.Cell c : tableFinder.find(t, regions, orgs)) {
                out.add(tableFigure(doc.id(), text, c));
            }
        }
        out.sort(Comparator.comparingInt(Figure::start));
        return out;
    }

    /* One figure of a sentence, and one of a table cell: what the loops of extract() make. */
    private static Figure textFigure(String docId, String text, TextLayout layout, Found f, YearBinder years,
                                     Subject subject, String indicator) {
        YearBinder.Binding y = years.bind(f.start());
        TextLayout.Sentence s = layout.sentenceAt(f.start());
        int sStart = s == null ? f.start() : s.start();
        int sEnd = s == null ? f.end() : Math.max(s.end(), f.end());
        // a text without sentence ends would copy itself once per figure: the sentence kept is at most a
        // window around the figure
        sStart = Math.max(sStart, f.start() - MAX_SENTENCE_SIDE);
        sEnd = Math.min(sEnd, f.end() + MAX_SENTENCE_SIDE);
        while (sStart < f.start() && Character.isWhitespace(text.charAt(sStart))) {
            sStart++;
        }
        return new Figure(docId, text.substring(f.start(), f.end()), f.start(), f.end(), f.rule(),
                f.numberText(), f.value(), f.unit(), f.normalizedValue(), f.normalizedUnit(), f.kind(), f.qualifier(),
                f.low(), f.high(), y.year(), y.yearEnd(), y.period(), y.source(), subject.name(), subject.type(),
                subject.start(), subject.end(), indicator, text.substring(sStart, sEnd).stripTrailing(), sStart,
                "text", null, null);
    }

    private static Figure tableFigure(String docId, String text, TableFigureFinder.Cell c) {
        Subject subject = c.subject();
        return new Figure(docId, c.cell().text(), c.cell().start(), c.cell().end(), "table-cell",
                c.cell().text(), c.value(), c.unit(), c.normalizedValue(), c.normalizedUnit(), c.kind(), "exact",
                c.normalizedValue(), c.normalizedValue(), c.year(), null, "", "text", subject.name(), subject.type(),
                subject.start(), subject.end(), c.indicator(), text.substring(c.rowStart(), c.rowEnd()), c.rowStart(),
                "table", null, null);
    }

    /**
     * The one place a report's title names (玉环市2019年国民经济和社会发展统计公报 → 玉环市, 甘肃省政府工作报告 →
     * 甘肃省), or "": a figure no sentence gives a subject is about it. A title naming two places or none
     * gives no default. The title is read where it stands at the top of the text.
     */
    static String homePlace(String title, String text, List<RegionMention> regions) {
        if (title == null || title.isBlank()) {
            return "";
        }
        String t = title.strip();
        // looked for near the top only: a title missing from the text costs no scan of a long report
        int at = text.substring(0, Math.min(text.length(), TITLE_REACH + t.length())).indexOf(t);
        if (at < 0) {
            return "";
        }
        int end = at + t.length();
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (RegionMention r : regions) {
            if (r.start() >= at && r.end() <= end) {
                named.add(r.name());
            }
        }
        return named.size() == 1 ? named.iterator().next() : "";
    }

    /** How far into the text a title may stand (after a provenance or header line). */
    private static final int TITLE_REACH = 400;

    /** The sentence stored with a figure reaches at most this far on each side of it. */
    static final int MAX_SENTENCE_SIDE = 400;

    private static void mark(boolean[] mask, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, mask.length); k++) {
            mask[k] = true;
        }
    }
}
