package com.policyminer.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells, from its first bytes, whether a file named as text ({@code .txt}, {@code .md}) really holds
 * text, so that Tika's type detection (it evaluates every magic pattern it knows: a third of the time
 * a text file took to parse) runs only for the files where it can matter. Text here is: a byte-order
 * mark, or no NUL byte and almost no control characters in the first 8 KB, and none of the
 * signatures of the formats that start in plain ASCII (PDF, RTF), and not markup or a message: a file
 * whose first non-blank character is {@code <} (HTML, XML), or that opens with a mail header block
 * (ASCII "Name: value" lines, or an mbox {@code From } line, naming at least one of MIME-Version,
 * Content-Type, Received, Message-ID, Return-Path) goes to Tika, which knows those formats. Text
 * that merely starts with "Date: …" or "标题: …" lines stays text: Tika would call it an e-mail.
 * GBK, GB18030 and UTF-8 all pass; UTF-16 passes by its byte-order mark (without one it has NULs, and
 * Tika decides).
 */
final class TextSniffer {

    private static final int SAMPLE = 8192;
    private static final List<byte[]> ASCII_SIGNATURES = List.of(ascii("%PDF-"), ascii("{\\rtf"), ascii("%!PS"));
    /** An mbox separator line. */
    private static final Pattern MBOX_FROM = Pattern.compile("From \\S.*");
    /** An RFC 5322 header field: "Name: value", or a continuation line. */
    private static final Pattern HEADER = Pattern.compile("[A-Za-z][A-Za-z0-9-]*:.*|[ \t].*");
    /** Headers only a message has (a report may well start with "Date:", "From:" or "Subject:"). */
    private static final Pattern MAIL_ONLY = Pattern.compile("(?i)(MIME-Version|Content-Type|Received|Message-ID|Return-Path):.*");

    private TextSniffer() {
    }

    static boolean looksLikeText(byte[] bytes) {
        boolean utf8Bom = startsWith(bytes, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        if (startsLikeMarkupOrMail(bytes, utf8Bom ? 3 : 0)) {
            return false;
        }
        if (utf8Bom
                || startsWith(bytes, new byte[]{(byte) 0xFF, (byte) 0xFE}) && !startsWith(bytes, new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0})
                || startsWith(bytes, new byte[]{(byte) 0xFE, (byte) 0xFF})) {
            return true;
        }
        for (byte[] signature : ASCII_SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return false;
            }
        }
        int n = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B || b == 0x7F) {
                controls++;
            }
        }
        return controls * 100 <= n; // at most 1%: a stray control character does not make a binary file
    }

    private static boolean startsLikeMarkupOrMail(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        if (i < bytes.length && bytes[i] == '<') {
            return true;
        }
        return isMailHeaderBlock(bytes, i);
    }

    /** The lines from {@code from} to the first blank line are all ASCII mail header lines, with a mail-only one among them. */
    private static boolean isMailHeaderBlock(byte[] bytes, int from) {
        int limit = Math.min(bytes.length, from + SAMPLE);
        boolean mailOnly = false;
        boolean first = true;
        int line = from;
        while (line < limit) {
            int end = line;
            while (end < limit && bytes[end] != '\n' && bytes[end] != '\r') {
                if (bytes[end] < 0) {
                    return false; // not ASCII: not a header
                }
                end++;
            }
            if (end == line) {
                break; // the blank line that ends the header block
            }
            String text = new String(bytes, line, end - line, StandardCharsets.US_ASCII);
            if (!(first && MBOX_FROM.matcher(text).matches()) && !HEADER.matcher(text).matches()) {
                return false;
            }
            mailOnly |= MAIL_ONLY.matcher(text).matches();
            first = false;
            line = end < limit && bytes[end] == '\r' && end + 1 < limit && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        }
        return mailOnly;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
