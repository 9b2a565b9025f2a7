package com.policyminer.search;

/**
 * A report in the document list.
 *
 * @param fileName the name it was uploaded under, else the last part of its path
 */
public record ReportSummary(String id, String path, String fileName, String title, String date, String format, long sizeBytes) {
}
