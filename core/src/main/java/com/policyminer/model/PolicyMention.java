package com.policyminer.model;

/**
 * A named policy, strategy or publication cited in a document.
 *
 * @param title     normalized title (one record per policy across its citation forms)
 * @param kind      policy, strategy, report, book, journal, article, other
 * @param isPolicy  true for policy documents and strategies, false for reports/books/journals
 * @param issuer    issuing body if the text or a table row gives it, else ""
 * @param date      issue date as given (2019年12月 → "2019-12"), else ""
 * @param docNumber document number (国发〔2019〕12号), else ""
 * @param page      physical page number (1-based), or null for a document without pages
 * @param pageLabel the number printed on that page, or null without pages
 */
public record PolicyMention(String docId, String surface, int start, int end, String rule,
                            String title, String kind, boolean isPolicy, String issuer, String date,
                            String docNumber, Integer page, String pageLabel) implements Mention {

    public PolicyMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        issuer = issuer == null ? "" : issuer;
        date = date == null ? "" : date;
        docNumber = docNumber == null ? "" : docNumber;
        pageLabel = page == null ? null : pageLabel == null ? page.toString() : pageLabel;
    }

    /** A mention in a document without pages. */
    public PolicyMention(String docId, String surface, int start, int end, String rule, String title, String kind,
                         boolean isPolicy, String issuer, String date, String docNumber) {
        this(docId, surface, start, end, rule, title, kind, isPolicy, issuer, date, docNumber, null, null);
    }

    @Override
    public PolicyMention onPage(Page p) {
        return new PolicyMention(docId, surface, start, end, rule, title, kind, isPolicy, issuer, date, docNumber,
                p == null ? null : p.number(), p == null ? null : p.label());
    }
}
