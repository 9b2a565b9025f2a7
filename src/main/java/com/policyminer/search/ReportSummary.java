package com.policyminer.search;

/** A report in the document list. */
public record ReportSummary(String id, String path, String title, String date, String format, long sizeBytes) {
}
