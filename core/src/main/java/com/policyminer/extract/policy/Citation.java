package com.policyminer.extract.policy;

/** Who issued a cited title and when, as far as the text around it says; "" when it does not. */
record Citation(String issuer, String date, String docNumber) {

    static final Citation NONE = new Citation("", "", "");

    Citation {
        issuer = issuer == null ? "" : issuer;
        date = date == null ? "" : date;
        docNumber = docNumber == null ? "" : docNumber;
    }

    /** This citation with its empty fields filled from {@code other}. */
    Citation orElse(Citation other) {
        return new Citation(issuer.isEmpty() ? other.issuer : issuer,
                date.isEmpty() ? other.date : date,
                docNumber.isEmpty() ? other.docNumber : docNumber);
    }
}
