package com.policyminer.parse;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Stops a parse once a character budget is spent, by throwing Tika's {@link WriteLimitReachedException}. */
final class LimitedContentHandler extends ContentHandlerDecorator {

    private final int limit;
    private long written;

    LimitedContentHandler(ContentHandler delegate, int limit) {
        super(delegate);
        this.limit = limit;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        written += length;
        if (written > limit) {
            throw new WriteLimitReachedException(limit);
        }
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }
}
