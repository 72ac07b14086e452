package org.prefcenter.platform.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than a limit of bytes has been read: a body without Content-Length is capped too. */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown through the JSON parser, which wraps it; {@link JsonBodyReader} looks for it. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded() {
            super("request body limit exceeded");
        }
    }

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
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

    private void count(long read) throws LimitExceeded {
        count += read;
        if (count > limit) {
            throw new LimitExceeded();
        }
    }
}
