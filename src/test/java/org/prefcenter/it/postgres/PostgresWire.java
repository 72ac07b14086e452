package org.prefcenter.it.postgres;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a PostgreSQL client sent (frontend messages, protocol 3.0, unencrypted): the SQL text
 * of every Parse message, which is each statement as the client's driver prepared it.
 */
final class PostgresWire {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final int CANCEL_REQUEST = 80877102;

    private PostgresWire() {
    }

    /** The SQL of each Parse message in one connection's client stream, in the order sent. */
    static List<String> parsedStatements(byte[] stream) {
        ByteBuffer in = ByteBuffer.wrap(stream);
        List<String> statements = new ArrayList<>();
        // untyped messages first: SSL or GSS requests (answered by one byte), then the startup message
        while (in.remaining() >= 8) {
            int length = in.getInt(in.position());
            int code = in.getInt(in.position() + 4);
            in.position(in.position() + length);
            if (code == CANCEL_REQUEST) {
                return statements;
            }
            if (code != SSL_REQUEST && code != GSS_REQUEST) {
                break;
            }
        }
        // typed messages: one byte of type, a length that counts itself, the content
        while (in.remaining() >= 5) {
            byte type = in.get();
            int length = in.getInt();
            if (length - 4 > in.remaining()) {
                break; // cut off: the connection was still sending
            }
            int end = in.position() + length - 4;
            if (type == 'P') {
                cString(in); // the statement's name
                statements.add(cString(in));
            }
            in.position(end);
        }
        return statements;
    }

    private static String cString(ByteBuffer in) {
        int start = in.position();
        while (in.get() != 0) {
            // up to the terminating NUL
        }
        return new String(in.array(), start, in.position() - start - 1, StandardCharsets.UTF_8);
    }
}
