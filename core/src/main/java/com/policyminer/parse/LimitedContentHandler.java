package com.policyminer.parse;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse once a character budget is spent, by throwing Tika's {@link WriteLimitReachedException},
 * and once its time is up or its thread is interrupted, by throwing {@link TimeUp}: so a parse that
 * overran its time limit ends at its next SAX event instead of running on in the background.
 */
final class LimitedContentHandler extends ContentHandlerDecorator {

    /** Thrown into the parser when the deadline has passed or the parsing thread was interrupted. */
    static final class TimeUp extends SAXException {
        TimeUp() {
            super("parse time limit reached");
        }
    }

    private final int limit;
    private final long deadlineNanos;
    private long written;

    LimitedContentHandler(ContentHandler delegate, int limit, long deadlineNanos) {
        super(delegate);
        this.limit = limit;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        checkTime();
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

    @Override
    public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts) throws SAXException {
        checkTime();
        super.startElement(uri, localName, name, atts);
    }

    private void checkTime() throws TimeUp {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
            throw new TimeUp();
        }
    }
}
