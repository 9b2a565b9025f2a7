package com.policyminer.parse;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Charset detection for HTML that trusts UTF-8 when the whole file is valid UTF-8 with some non-ASCII
 * bytes. Tika's detectors look at the head of the file only: a page whose first kilobytes are ASCII
 * markup (deep nesting, long scripts) and that declares no charset is otherwise read as ISO-8859-1,
 * and its Chinese text turns into mojibake.
 */
final class Utf8HtmlEncoding implements EncodingDetector {

    private final EncodingDetector fallback;
    private final boolean utf8;

    Utf8HtmlEncoding(EncodingDetector fallback, byte[] bytes) {
        this.fallback = fallback;
        this.utf8 = isUtf8WithNonAscii(bytes);
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        return utf8 ? StandardCharsets.UTF_8 : fallback.detect(input, metadata);
    }

    static boolean isUtf8WithNonAscii(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
