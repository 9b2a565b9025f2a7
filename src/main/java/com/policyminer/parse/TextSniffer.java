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
 * whose first non-blank character is {@code <} (HTML, XML) or whose first line is a mail header
 * ({@code From }, {@code Received:}, {@code MIME-Version:} …) goes to Tika, which knows those formats.
 * GBK, GB18030 and UTF-8 all pass; UTF-16 passes by its byte-order mark (without one it has NULs, and
 * Tika decides).
 */
final class TextSniffer {

    private static final int SAMPLE = 8192;
    private static final List<byte[]> ASCII_SIGNATURES = List.of(ascii("%PDF-"), ascii("{\\rtf"), ascii("%!PS"));
    /** An mbox separator or an RFC 5322 header field ("Name: value") on the first line. */
    private static final Pattern MAIL_HEADER = Pattern.compile("From \\S.*|[A-Za-z][A-Za-z0-9-]*:[ \t].*");

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
        int end = i;
        while (end < bytes.length && end - i < 998 && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        return MAIL_HEADER.matcher(new String(bytes, i, end - i, StandardCharsets.ISO_8859_1)).matches();
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
