package org.prefcenter.platform.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails once more than a limit of bytes has been read (a body without Content-Length is capped too),
 * or once a read returns after the body's deadline: a sender trickling one byte every few seconds
 * never trips a server's idle read timeout, and would hold a connection and a thread for as long as
 * it likes. (A sender that stops altogether is the server's read timeout's, docs/DEPLOY.md.)
 */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown through the JSON parser, which wraps it; {@link JsonBodyReader} looks for it. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded() {
            super("request body limit exceeded");
        }
    }

    /** Thrown through the JSON parser, like {@link LimitExceeded}: the body took too long to arrive. */
    static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("request body deadline passed");
        }
    }

    private final long limit;
    private final long deadlineNanos;
    private long count;

    LimitedInputStream(InputStream in, long limit, long seconds) {
        super(in);
        this.limit = limit;
        this.deadlineNanos = System.nanoTime() + seconds * 1_000_000_000L;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    /**
     * Leaves the request's stream open: the container owns it (a JAX-RS reader must not close it),
     * and closing Undertow's reads the rest of the body first, which a trickling sender never ends.
     */
    @Override
    public void close() {
        // the parser closes its reader, and so this stream, when it is done or has failed
    }

    private void count(long read) throws IOException {
        count += read;
        if (count > limit) {
            throw new LimitExceeded();
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new TooSlow();
        }
    }
}
