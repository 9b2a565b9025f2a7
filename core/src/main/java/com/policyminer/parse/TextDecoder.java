package com.policyminer.parse;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes plain text whose charset is unknown: a byte-order mark wins, then strict UTF-8 (which
 * almost never validates by accident), then Tika's encoding detectors (ICU4J, juniversalchardet),
 * which recognise GBK/GB18030, Big5 and UTF-16 without a BOM. The detectors are the parser's, made
 * once: a {@code TikaConfig} made per file (as before) loaded every parser Tika has, two fifths of a GBK
 * file's parse.
 */
final class TextDecoder {

    record Decoded(String text, String charset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, Metadata meta, EncodingDetector detector) throws ParseFailure {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return new Decoded(new String(bytes, bom), bom.name());
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            // fall through to detection
        }
        try (InputStream in = TikaInputStream.get(bytes)) {
            Charset cs = detector.detect(in, meta);
            if (cs == null) {
                cs = Charset.forName("GB18030");
            }
            if (cs.name().equalsIgnoreCase("GB2312") || cs.name().equalsIgnoreCase("GBK")) {
                cs = Charset.forName("GB18030");
            }
            return new Decoded(new String(bytes, cs), cs.name());
        } catch (IOException e) {
            throw new ParseFailure(ParseFailure.Reason.IO, "cannot detect the text encoding: " + e.getMessage(), e);
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
