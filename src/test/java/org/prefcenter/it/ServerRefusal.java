package org.prefcenter.it;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Requests that the HTTP server itself may refuse before any application code runs, answering a 4xx
 * with no body at all: no application can make that a problem+json. The contract's "every error body"
 * is about the answers of the API; these have none. Each case is named, so that the fuzz test stays
 * strict about everything else (and an empty 4xx for any other request is still a breach):
 * <ul>
 * <li>a target whose percent-escapes are not UTF-8 (Grizzly: "400 Invalid URI"), or a path holding an
 * encoded NUL ({@code %00}, which Payara's request mapper refuses: 400);</li>
 * <li>TRACE (Grizzly: 405, it never reaches a servlet);</li>
 * <li>a body on GET, HEAD, DELETE or OPTIONS (Grizzly refuses a payload for methods whose
 * semantics define none: 400 and the connection closed);</li>
 * <li>a header section beyond the server's limit (8 KiB on Grizzly and Undertow), or more header
 * fields than it takes (Grizzly: 100, Undertow: 200; the sender adds Host and Content-Length).</li>
 * </ul>
 */
final class ServerRefusal {

    private static final Set<String> METHODS_WITHOUT_CONTENT = Set.of("GET", "HEAD", "DELETE", "OPTIONS");
    private static final int HEADER_LIMIT_MARGIN = 7 * 1024;
    private static final int HEADER_COUNT_MARGIN = 95;

    private ServerRefusal() {
    }

    static boolean mayRefuse(FuzzCase request) {
        return request.method().equals("TRACE")
                || request.hasBody() && request.framing() != FuzzCase.Framing.NONE
                        && METHODS_WITHOUT_CONTENT.contains(request.method())
                || headerBytes(request) > HEADER_LIMIT_MARGIN
                || request.headers().size() > HEADER_COUNT_MARGIN
                || !decodesAsUtf8(request.target())
                || path(request).contains("%00");
    }

    /** Whether an answer is such a refusal: a 4xx without any body, to a request that may get one. */
    static boolean isOne(FuzzCase request, Api.Reply reply) {
        return reply.status() >= 400 && reply.status() < 500 && reply.body().isEmpty() && mayRefuse(request);
    }

    private static String path(FuzzCase request) {
        int query = request.target().indexOf('?');
        return query < 0 ? request.target() : request.target().substring(0, query);
    }

    private static int headerBytes(FuzzCase request) {
        int bytes = request.target().length();
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().getBytes(StandardCharsets.UTF_8).length + 4;
        }
        return bytes;
    }

    private static boolean decodesAsUtf8(String target) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%' && i + 2 < target.length()) {
                bytes.write(Integer.parseInt(target.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
