package org.prefcenter.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One fuzz request: the route it was made from, its input class, what is sent (method, target under {@code /Profiles/v4/}, already percent-encoded,
 * headers, body and how it is framed), what it may change, and what the contract demands of its answer.
 * The mutations derive new cases from valid ones with the {@code with...} methods.
 */
record FuzzCase(String route, String inputClass, String method, String target, List<Map.Entry<String, String>> headers,
        byte[] body, Framing framing, Effect effect, Expect expect, Grant grant) {

    /** How the body travels: with a Content-Length, chunked (no length), or no body at all. */
    enum Framing {
        LENGTH, CHUNKED, NONE
    }

    /** What a request could change, hence what is read back when it is refused. */
    sealed interface Effect {
    }

    /** Changes nothing (GET). */
    record ReadOnly() implements Effect {
    }

    /** PATCHes the profile under test: refused, it must be byte-for-byte unchanged, ETag included. */
    record PatchesTarget() implements Effect {
    }

    /** Creates a profile holding the CRM alternate id {@code crm}: refused, no such profile exists. */
    record CreatesProfile(String crm) implements Effect {
    }

    /** Adds to a list (a configuration list, or the client registry): refused, the list is unchanged. */
    record AddsTo(String list) implements Effect {
    }

    /** The answers the contract allows for this input. */
    enum Expect {
        /** anything but a server error: the input may well be valid */
        NO_SERVER_ERROR,
        /** a 4xx: the contract says this input is refused */
        REFUSED,
        /** 401: the token is not valid */
        UNAUTHORIZED,
        /** 403: the token is valid but grants nothing here */
        FORBIDDEN,
        /** 404: the addressed thing is not this client's */
        NOT_FOUND;

        boolean allows(int status) {
            return switch (this) {
                case NO_SERVER_ERROR -> status >= 200 && status < 500 && (status < 300 || status >= 400);
                case REFUSED -> status >= 400 && status < 500;
                case UNAUTHORIZED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
            };
        }
    }

    /** Who the request's token speaks for: a user, roles (comma-separated) and the clients of its scope. */
    record Grant(String user, String roles, String... clients) {
    }

    FuzzCase withClass(String name) {
        return new FuzzCase(route, name, method, target, headers, body, framing, effect, expect, grant);
    }

    FuzzCase withExpect(Expect stricter) {
        return new FuzzCase(route, inputClass, method, target, headers, body, framing, effect, stricter, grant);
    }

    FuzzCase withMethod(String other) {
        return new FuzzCase(route, inputClass, other, target, headers, body, framing, effect, expect, grant);
    }

    FuzzCase withTarget(String other) {
        return new FuzzCase(route, inputClass, method, other, headers, body, framing, effect, expect, grant);
    }

    FuzzCase withBody(byte[] other) {
        return new FuzzCase(route, inputClass, method, target, headers, other, framing, effect, expect, grant);
    }

    FuzzCase withBody(String other) {
        return withBody(other.getBytes(StandardCharsets.UTF_8));
    }

    FuzzCase withFraming(Framing other) {
        return new FuzzCase(route, inputClass, method, target, headers, body, other, effect, expect, grant);
    }

    /** Speaks for another grant, with a valid token of it. */
    FuzzCase withGrant(Grant other, FuzzWorld world) {
        return new FuzzCase(route, inputClass, method, target, headers, body, framing, effect, expect, other)
                .withHeader("Authorization", "Bearer " + world.token(other));
    }

    /** Replaces every header of that name (case-insensitively); a null value removes it. */
    FuzzCase withHeader(String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (!header.getKey().equalsIgnoreCase(name)) {
                changed.add(header);
            }
        }
        if (value != null) {
            changed.add(Map.entry(name, value));
        }
        return new FuzzCase(route, inputClass, method, target, List.copyOf(changed), body, framing, effect, expect, grant);
    }

    /** Adds a header, keeping any of the same name (a repeated header). */
    FuzzCase plusHeader(String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(headers);
        changed.add(Map.entry(name, value));
        return new FuzzCase(route, inputClass, method, target, List.copyOf(changed), body, framing, effect, expect, grant);
    }

    /** The first value of the header of that name (case-insensitively), or "". */
    String header(String name) {
        return headers.stream().filter(header -> header.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }

    boolean hasBody() {
        return body != null;
    }

    String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    /** The request as a reader can replay it by hand: long values cut, non-printable characters escaped. */
    String reproducer() {
        StringBuilder text = new StringBuilder();
        text.append(method).append(" /Profiles/v4/").append(Printable.cut(target, 300));
        for (Map.Entry<String, String> header : headers) {
            String value = header.getKey().equalsIgnoreCase("Authorization") ? Printable.authorization(header.getValue())
                    : Printable.cut(header.getValue(), 200);
            text.append("\n  ").append(header.getKey()).append(": ").append(value);
        }
        if (framing == Framing.CHUNKED) {
            text.append("\n  (body sent chunked, without Content-Length)");
        }
        if (body != null) {
            text.append("\n  body (").append(body.length).append(" bytes): ").append(Printable.bytes(body, 600));
        }
        return text.toString();
    }
}
