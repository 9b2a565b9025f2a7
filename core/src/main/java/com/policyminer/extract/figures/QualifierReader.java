package com.policyminer.extract.figures;

import com.policyminer.extract.text.TextChecks;

/**
 * Turns a {@link Quantity} into a {@link Found}: reads the qualifier words around it (约, 近, 超过,
 * 逾, 不足 before; 多, 余, 以上, 以下, 左右 after; "不足X的1/4" further back in the clause) and
 * widens the span over them, so a qualifier is kept and never dropped; then settles the kind.
 */
final class QualifierReader {

    private static final String CLAUSE_END = "，。；,;\n";
    private static final int FAR_REACH = 16;
    private static final String[] GROWTH_WORDS = {"增长", "增速", "增幅"};

    private final FigureVocabulary vocabulary;

    QualifierReader(FigureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Found qualify(String text, Quantity q, String rule) {
        int start = q.start();
        int end = q.end();
        String qualifier = "exact";
        int p = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
        for (FigureVocabulary.Qualifier w : vocabulary.qualifiers()) {
            if (w.position().equals("prefix") && p >= w.word().length() && text.startsWith(w.word(), p - w.word().length())) {
                qualifier = w.qualifier();
                start = p - w.word().length();
                break;
            }
        }
        for (FigureVocabulary.Qualifier w : vocabulary.qualifiers()) {
            boolean roughly = w.word().equals("多") || w.word().equals("余");
            if (w.position().equals("suffix") && text.startsWith(w.word(), end) && q.hasUnit()
                    && (!roughly || q.unit().equals("倍"))) {
                qualifier = qualifier.equals("exact") ? w.qualifier() : qualifier;
                end += w.word().length();
                break;
            }
        }
        int numberEnd = q.start() + q.numberText().length();
        if (numberEnd < text.length() && numberEnd < end && "多余".indexOf(text.charAt(numberEnd)) >= 0) {
            qualifier = "more-than";
        }
        String clause = clauseBefore(text, start);
        if (qualifier.equals("exact")) {
            qualifier = farQualifier(clause);
        }
        String kind = kind(q, clause, text, q.start());
        return new Found(start, end, rule, q.numberText(), q.value(), q.unit(), q.normalized(), q.baseUnit(),
                kind, qualifier, q.normalized(), q.normalized());
    }

    /** "约是成渝之间的2倍", "不足“北上广”地区的 1/4". */
    private String farQualifier(String clause) {
        String c = clause.stripTrailing();
        if (!c.endsWith("的")) {
            return "exact";
        }
        for (FigureVocabulary.Qualifier w : vocabulary.qualifiers()) {
            int at = c.lastIndexOf(w.word());
            if (w.position().equals("far") && at >= 0 && c.length() - at <= FAR_REACH) {
                return w.qualifier();
            }
        }
        return "exact";
    }

    private static String kind(Quantity q, String clause, String text, int numberStart) {
        boolean ratio = q.baseUnit().equals("ratio") || q.numberText().contains("/");
        if (!ratio) {
            return q.kind();
        }
        if (TextChecks.containsAnyOnOneLine(clause, GROWTH_WORDS)) {
            return "growth";
        }
        String near = text.substring(Math.max(0, numberStart - 3), numberStart).strip();
        if (clause.contains("占") || clause.contains("比重") || near.endsWith("的") || q.numberText().contains("/")) {
            return "share";
        }
        return "level";
    }

    /** The longest clause read back from a figure (a text without punctuation would be re-read per figure). */
    static final int MAX_CLAUSE = 300;

    static String clauseBefore(String text, int pos) {
        int k = pos - 1;
        int stop = Math.max(-1, pos - 1 - MAX_CLAUSE); // a text without punctuation is read in windows, not back to its start
        while (k > stop && CLAUSE_END.indexOf(text.charAt(k)) < 0) {
            k--;
        }
        return text.substring(k + 1, pos);
    }
}
