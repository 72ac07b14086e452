package org.prefcenter.it;

import static org.prefcenter.it.FuzzMutation.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Mutations of everything around the body: content type, headers, framing, method, query and path. */
final class RequestMutations {

    private static final Predicate<FuzzCase> ANY = c -> true;
    private static final Predicate<FuzzCase> WITH_BODY = FuzzCase::hasBody;
    private static final Predicate<FuzzCase> PATCH = c -> c.method().equals("PATCH");
    private static final Predicate<FuzzCase> BY_ALTERNATE_ID = c -> c.route().endsWith("?alternateId");
    private static final Predicate<FuzzCase> CLIENT_SCOPED = c -> !c.route().contains("Clients");
    private static final Predicate<FuzzCase> BY_PROFILE_ID = c -> c.route().endsWith("{id}")
            || c.route().endsWith("{id}/History");
    private static final Predicate<FuzzCase> BY_NAME = c -> c.route().endsWith("{name}");

    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/json; charset=ISO-8859-1",
        "application/json; charset=UTF-16", "application/json;charset=utf-8", "APPLICATION/JSON",
        "application/json-patch+json", "application/merge-patch+json", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "*/*", "application/*", "application", "/", ";", "application/json; charset=",
        "application/json; charset=nonsense", "application/json;" + "x=y;".repeat(200), "application/problem+json",
        "text/json", "application/json-patch+json; charset=utf-8", "application/json, text/plain", "\u00E9/\u00E9"};
    private static final String[] ACCEPTS = {"application/xml", "text/html", "*/*", "application/problem+json",
        "application/json;q=0", "garbage", "text/*", "application/json-patch+json", "image/png, text/csv",
        "application/json;q=0.5, application/xml;q=1", "application/json; charset=ISO-8859-1", ";;",
        "application/" + "x".repeat(3000)};
    private static final String[] HEADERS = {"X-HTTP-Method-Override: DELETE", "X-HTTP-Method-Override: GET",
        "X-Forwarded-Host: evil.example", "Forwarded: host=evil.example;proto=https", "Origin: http://evil.example",
        "Range: bytes=0-1", "If-None-Match: *", "If-Modified-Since: garbage", "Cookie: JSESSIONID=x",
        "Accept-Language: \u00E9", "Accept-Charset: ISO-8859-1", "Content-Encoding: gzip",
        "Content-Language: xx", "X-Long: " + "v".repeat(6000), "TE: trailers", "Prefer: return=minimal",
        "Content-Type: application/json"};
    private static final String[] QUERY_CONTROLS = {"%00", "%01", "%0A", "%0D", "%09", "%1B", "%7F", "%C2%85",
        "a%00b", "%00".repeat(500)};
    private static final String[] QUERY_ENCODINGS = {"", "%20", "%C3", "%C0%80", "%ED%A0%80", "%FF", "%2525", "%2B",
        "+", "%3D", "%26", "%E2%80%AE", "%EF%BF%BF", "%E2%84%AA", "%F0%9F%98%80", "%EF%BB%BF", "%25", "%3B"};
    private static final String[] QUERY_LONG = {"x".repeat(257), "x".repeat(1000), "%E2%82%AC".repeat(300),
        "x".repeat(4000)};
    private static final String[] SEGMENTS = {"%7Bx%7D", "%2F", "x%2Fy", "%2E%2E", ".", "%00", "%0A", "%C3", "%FF",
        "%C0%AF", "%E2%84%AA", "%20", "x".repeat(65), "x".repeat(5000), "%25", "%3B", "a;b=c", "%3F", "%23",
        "%E2%80%AE"};
    private static final String[] PROFILE_IDS = {"-1", "0", "1e3", "99999999999999999999", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "%20{id}", "%2B{id}", "0{id}", "{id}.0", "0x10", "%00", "{id}%2F",
        "%7Bx%7D", "{id};x=1", "{id}%00", "1".repeat(5000), "NaN", "{unicode-digits}", "{id}%0A"};

    private RequestMutations() {
    }

    static List<FuzzMutation> all() {
        List<FuzzMutation> mutations = new ArrayList<>();
        mutations.add(new FuzzMutation("content-type/absent", WITH_BODY,
                (r, w, c) -> c.withHeader("Content-Type", null)));
        mutations.add(new FuzzMutation("content-type/odd", WITH_BODY,
                (r, w, c) -> c.withHeader("Content-Type", pick(r, CONTENT_TYPES))));
        mutations.add(new FuzzMutation("content-type/repeated", WITH_BODY,
                (r, w, c) -> c.plusHeader("Content-Type", pick(r, CONTENT_TYPES))));
        mutations.add(new FuzzMutation("header/if-match", PATCH, (r, w, c) -> c.withHeader("If-Match", ifMatch(r, w))));
        mutations.add(new FuzzMutation("header/if-match-repeated", PATCH, (r, w, c) -> c
                .withHeader("If-Match", ifMatch(r, w)).plusHeader("If-Match", ifMatch(r, w))));
        mutations.add(new FuzzMutation("header/accept", ANY, (r, w, c) -> c.withHeader("Accept", pick(r, ACCEPTS))));
        mutations.add(new FuzzMutation("header/accept-absent", ANY, (r, w, c) -> c.withHeader("Accept", null)));
        mutations.add(new FuzzMutation("header/other", ANY, (r, w, c) -> {
            String[] header = pick(r, HEADERS).split(": ", 2);
            return c.plusHeader(header[0], header[1]);
        }));
        mutations.add(new FuzzMutation("header/many", ANY, (r, w, c) -> {
            FuzzCase many = c;
            for (int i = 0; i < 50 + r.nextInt(150); i++) {
                many = many.plusHeader("X-Fuzz-" + i, "v" + i);
            }
            return many;
        }));
        mutations.add(new FuzzMutation("framing/chunked", WITH_BODY, (r, w, c) -> c.withFraming(FuzzCase.Framing.CHUNKED)));
        mutations.add(new FuzzMutation("framing/no-body", WITH_BODY, (r, w, c) -> c.withFraming(FuzzCase.Framing.NONE)));
        mutations.add(new FuzzMutation("framing/zero-length", WITH_BODY,
                (r, w, c) -> c.withBody(new byte[0]).withFraming(r.nextBoolean() ? FuzzCase.Framing.LENGTH
                        : FuzzCase.Framing.CHUNKED)));
        mutations.add(new FuzzMutation("framing/expect-continue", WITH_BODY, (r, w, c) -> c.plusHeader("Expect", "100-continue")));
        mutations.add(new FuzzMutation("framing/body-on-get", c -> c.method().equals("GET"), (r, w, c) -> c
                .withBody("{\"ClientId\":\"x\"}").withFraming(FuzzCase.Framing.LENGTH)
                .withHeader("Content-Type", "application/json")));
        mutations.add(new FuzzMutation("method/other", ANY, RequestMutations::otherMethod));
        mutations.add(new FuzzMutation("query/missing", BY_ALTERNATE_ID, RequestMutations::missingParameter));
        mutations.add(new FuzzMutation("query/control-characters", BY_ALTERNATE_ID, (r, w, c) -> parameter(r, c,
                pick(r, QUERY_CONTROLS)).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("query/percent-encoding", BY_ALTERNATE_ID, (r, w, c) -> parameter(r, c,
                pick(r, QUERY_ENCODINGS))));
        mutations.add(new FuzzMutation("query/long", BY_ALTERNATE_ID, (r, w, c) -> parameter(r, c,
                pick(r, QUERY_LONG)).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("query/repeated", BY_ALTERNATE_ID, (r, w, c) -> c.withTarget(c.target() + "&"
                + pick(r, new String[] {"alternateId=other", "alternateIdType=Loyalty", "alternateId=", "alternateId"}))));
        mutations.add(new FuzzMutation("query/extra", ANY, (r, w, c) -> c.withTarget(c.target()
                + (c.target().contains("?") ? "&" : "?") + pick(r, new String[] {"x=1", "alternateId=%00",
                    "=", "&&&", "a=" + "b".repeat(3000), "%00=%00", "alternateIdType=CRM&alternateId=T-1"}))));
        mutations.add(new FuzzMutation("path/client-id", CLIENT_SCOPED, (r, w, c) -> clientSegment(c, w,
                pick(r, SEGMENTS))));
        mutations.add(new FuzzMutation("path/client-id-case", CLIENT_SCOPED, (r, w, c) -> clientSegment(c, w,
                r.nextBoolean() ? w.client.clientId.toLowerCase() : w.client.clientId.toUpperCase())));
        mutations.add(new FuzzMutation("path/client-id-unicode-folding", CLIENT_SCOPED, (r, w, c) -> clientSegment(c, w,
                FuzzWorld.encode(Folding.lookalike(r, w.client.clientId))).withExpect(FuzzCase.Expect.REFUSED)));
        mutations.add(new FuzzMutation("path/other-client", CLIENT_SCOPED, (r, w, c) -> clientSegment(c, w,
                r.nextBoolean() ? w.other.clientId : "NOPE-" + w.next()).withExpect(FuzzCase.Expect.FORBIDDEN)));
        mutations.add(new FuzzMutation("path/another-clients-profile", BY_PROFILE_ID, (r, w, c) -> clientSegment(c, w,
                w.other.clientId).withGrant(new FuzzCase.Grant(c.grant().user(), c.grant().roles(), w.other.clientId),
                        w).withExpect(FuzzCase.Expect.NOT_FOUND)));
        mutations.add(new FuzzMutation("path/profile-id", BY_PROFILE_ID, (r, w, c) -> c.withTarget(
                c.target().replaceFirst("/Profile/[0-9]+", "/Profile/" + pick(r, PROFILE_IDS)
                        .replace("{unicode-digits}", Folding.arabicIndicDigits(w.targetId()))
                        .replace("{id}", String.valueOf(w.targetId()))))));
        mutations.add(new FuzzMutation("path/name", BY_NAME, (r, w, c) -> c.withTarget(
                c.target().substring(0, c.target().lastIndexOf('/') + 1) + pick(r, SEGMENTS))));
        mutations.add(new FuzzMutation("path/structure", ANY, (r, w, c) -> c.withTarget(structure(r, c.target()))));
        return mutations;
    }

    private static FuzzCase otherMethod(Random random, FuzzWorld world, FuzzCase valid) {
        String method = pick(random, new String[] {"PUT", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "FOO",
            valid.method().equals("GET") ? "PATCH" : "GET"});
        FuzzCase changed = valid.withMethod(method);
        // Payara's Grizzly answers TRACE with a 405 without reading its content and keeps the connection:
        // the content is then read as the next request, whose sender gets a bare 505. A defect of the
        // server, reported apart; TRACE carries no content (RFC 9110, 9.3.8), so none is sent here.
        return method.equals("TRACE") ? changed.withBody((byte[]) null).withFraming(FuzzCase.Framing.NONE) : changed;
    }

    private static String ifMatch(Random random, FuzzWorld world) {
        String current = world.targetEtag();
        String bare = current.replace("\"", "");
        return pick(random, new String[] {"*", current, "\"0\"", "W/" + current, bare, "", " ", "\"", "\"\"", "garbage",
            "\"" + "9".repeat(4000) + "\"", "\"0\", " + current, "*, \"1\"", "\"" + "9".repeat(30) + "\"",
            current + ",", ",", "\"-1\"", "\"" + bare + " \"", "\"\u00E9\""});
    }

    private static FuzzCase missingParameter(Random random, FuzzWorld world, FuzzCase valid) {
        String path = valid.target().substring(0, valid.target().indexOf('?'));
        String query = valid.target().substring(valid.target().indexOf('?') + 1);
        String[] parameters = query.split("&");
        String changed = switch (random.nextInt(5)) {
            case 0 -> path;
            case 1 -> path + "?" + parameters[0];
            case 2 -> path + "?" + parameters[1];
            case 3 -> path + "?alternateIdType=&alternateId=";
            default -> path + "?" + parameters[0] + "&alternateId=%20%20";
        };
        return valid.withTarget(changed).withExpect(FuzzCase.Expect.REFUSED);
    }

    /** The value of one of the two query parameters replaced. */
    private static FuzzCase parameter(Random random, FuzzCase valid, String value) {
        String target = valid.target();
        return valid.withTarget(random.nextBoolean() ? target.replaceFirst("alternateId=[^&]*", "alternateId=" + value)
                : target.replaceFirst("alternateIdType=[^&]*", "alternateIdType=" + value));
    }

    private static FuzzCase clientSegment(FuzzCase valid, FuzzWorld world, String segment) {
        return valid.withTarget(valid.target().replace(world.client.clientId, segment));
    }

    private static String structure(Random random, String target) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String rest = query < 0 ? "" : target.substring(query);
        return switch (random.nextInt(6)) {
            case 0 -> path + "/" + rest;
            case 1 -> path.replaceFirst("/", "//") + rest;
            case 2 -> path + "/extra" + rest;
            case 3 -> path.toLowerCase() + rest;
            case 4 -> path + "/." + rest;
            default -> path + "%2F" + rest;
        };
    }
}
