package org.prefcenter.it;

import static org.prefcenter.it.FuzzMutation.pick;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Mutations of the bearer token: its framing, signature and algorithm, and each claim the service reads. */
final class TokenMutations {

    private static final Predicate<FuzzCase> ANY = c -> true;
    private static final Predicate<FuzzCase> CLIENT_SCOPED = c -> !c.route().contains("Clients");
    private static final PrivateKey ANOTHER_KEY = anotherKey();

    private TokenMutations() {
    }

    static List<FuzzMutation> all() {
        List<FuzzMutation> mutations = new ArrayList<>();
        mutations.add(new FuzzMutation("token/absent", ANY, (r, w, c) -> c.withHeader("Authorization", null)
                .withExpect(FuzzCase.Expect.UNAUTHORIZED)));
        mutations.add(new FuzzMutation("token/garbage", ANY, (r, w, c) -> bearer(c, pick(r, new String[] {"not-a-jwt",
            "a.b.c", "..", "eyJhbGciOiJSUzI1NiJ9..", "eyJ.eyJ.", randomBase64(r), valid(w, c) + "." + valid(w, c)}))
                .withExpect(FuzzCase.Expect.UNAUTHORIZED)));
        mutations.add(new FuzzMutation("token/scheme", ANY, TokenMutations::scheme));
        mutations.add(new FuzzMutation("token/broken-signature", ANY, (r, w, c) -> bearer(c, brokenSignature(r,
                valid(w, c))).withExpect(FuzzCase.Expect.UNAUTHORIZED)));
        mutations.add(new FuzzMutation("token/alg-none", ANY, (r, w, c) -> bearer(c, algNone(r, valid(w, c)))
                .withExpect(FuzzCase.Expect.UNAUTHORIZED)));
        mutations.add(new FuzzMutation("token/hs256-with-public-key", ANY, (r, w, c) -> bearer(c, resigned(valid(w, c),
                JWSAlgorithm.HS256, macWithPublicKey())).withExpect(FuzzCase.Expect.UNAUTHORIZED)));
        mutations.add(new FuzzMutation("token/another-key", ANY, (r, w, c) -> bearer(c, resigned(valid(w, c),
                JWSAlgorithm.RS256, new RSASSASigner(ANOTHER_KEY))).withExpect(FuzzCase.Expect.UNAUTHORIZED)));
        mutations.add(new FuzzMutation("token/expired", ANY, (r, w, c) -> altered(c, claims -> claims
                .expirationTime(Date.from(Instant.now().minusSeconds(600 + r.nextInt(100_000)))))
                .withExpect(FuzzCase.Expect.UNAUTHORIZED)));
        mutations.add(new FuzzMutation("token/wrong-issuer", ANY, (r, w, c) -> altered(c, claims -> claims.issuer(
                pick(r, new String[] {"https://evil.example/issuer", "https://prefcenter.dev/issuer/", "",
                    "HTTPS://PREFCENTER.DEV/ISSUER"}))).withExpect(FuzzCase.Expect.UNAUTHORIZED)));
        mutations.add(new FuzzMutation("token/odd-times", ANY, TokenMutations::oddTimes));
        mutations.add(new FuzzMutation("token/groups-absent", ANY, (r, w, c) -> altered(c, claims -> claims
                .claim("groups", null)).withExpect(FuzzCase.Expect.FORBIDDEN)));
        mutations.add(new FuzzMutation("token/unknown-role", ANY, (r, w, c) -> altered(c, claims -> claims
                .claim("groups", List.of("Nobody"))).withExpect(FuzzCase.Expect.FORBIDDEN)));
        mutations.add(new FuzzMutation("token/groups-odd", ANY, TokenMutations::oddGroups));
        mutations.add(new FuzzMutation("token/subject-odd", ANY, (r, w, c) -> {
            String user = pick(r, new String[] {"", "x".repeat(300), "Zo\u00EB", "a\u0000b", "\uD800"});
            return altered(c, claims -> claims.subject(user).claim("upn", user));
        }));
        mutations.add(new FuzzMutation("token/scope-absent", CLIENT_SCOPED, (r, w, c) -> altered(c, claims -> claims
                .claim("scope", pick(r, new String[] {null, "", " ", "\t"}))).withExpect(FuzzCase.Expect.FORBIDDEN)));
        mutations.add(new FuzzMutation("token/scope-empty-user", CLIENT_SCOPED, (r, w, c) -> scope(c,
                w.client.clientId + "/").withExpect(FuzzCase.Expect.FORBIDDEN)));
        mutations.add(new FuzzMutation("token/scope-user-over-256", CLIENT_SCOPED, (r, w, c) -> scope(c,
                w.client.clientId + "/" + "u".repeat(pick(r, new Integer[] {257, 300, 5000}))).withExpect(
                        FuzzCase.Expect.FORBIDDEN)));
        mutations.add(new FuzzMutation("token/scope-user-256", CLIENT_SCOPED, (r, w, c) -> scope(c,
                w.client.clientId + "/" + "u".repeat(256))));
        mutations.add(new FuzzMutation("token/scope-other-client", CLIENT_SCOPED, (r, w, c) -> scope(c,
                w.other.clientId + "/" + c.grant().user()).withExpect(FuzzCase.Expect.FORBIDDEN)));
        mutations.add(new FuzzMutation("token/scope-unicode-folding", CLIENT_SCOPED, (r, w, c) -> scope(c,
                Folding.lookalike(r, w.client.clientId) + "/" + c.grant().user()).withExpect(FuzzCase.Expect.FORBIDDEN)));
        mutations.add(new FuzzMutation("token/scope-odd", CLIENT_SCOPED, TokenMutations::oddScope));
        mutations.add(new FuzzMutation("token/scope-user-control-characters", CLIENT_SCOPED, (r, w, c) -> scope(c,
                w.client.clientId + "/" + pick(r, new String[] {"a\u0007b\u001b[31m", "a\u007fb", "a\u0085b", "\u0000"}))
                .withExpect(FuzzCase.Expect.FORBIDDEN)));
        return mutations;
    }

    private static FuzzCase bearer(FuzzCase valid, String token) {
        return valid.withHeader("Authorization", "Bearer " + token);
    }

    private static String valid(FuzzWorld world, FuzzCase valid) {
        return world.token(valid.grant());
    }

    private static FuzzCase altered(FuzzCase valid, UnaryOperator<JWTClaimsSet.Builder> change) {
        FuzzCase.Grant grant = valid.grant();
        return bearer(valid, Tokens.altered(change, grant.user(), grant.roles(), grant.clients()));
    }

    private static FuzzCase scope(FuzzCase valid, String scope) {
        return altered(valid, claims -> claims.claim("scope", scope));
    }

    private static FuzzCase scheme(Random random, FuzzWorld world, FuzzCase valid) {
        String token = valid(world, valid);
        return switch (random.nextInt(6)) {
            case 0 -> valid.withHeader("Authorization", "bearer " + token);
            case 1 -> valid.withHeader("Authorization", "Bearer  " + token);
            case 2 -> valid.withHeader("Authorization", "Basic dXNlcjpwYXNz").withExpect(FuzzCase.Expect.UNAUTHORIZED);
            case 3 -> valid.withHeader("Authorization", token).withExpect(FuzzCase.Expect.UNAUTHORIZED);
            case 4 -> valid.withHeader("Authorization", "Bearer").withExpect(FuzzCase.Expect.UNAUTHORIZED);
            default -> valid.plusHeader("Authorization", "Bearer not-a-jwt");
        };
    }

    private static FuzzCase oddTimes(Random random, FuzzWorld world, FuzzCase valid) {
        Date future = Date.from(Instant.now().plusSeconds(3600));
        if (random.nextInt(5) == 0) {
            // not valid for another hour (RFC 7519 4.1.5)
            return altered(valid, claims -> claims.notBeforeTime(future)).withExpect(FuzzCase.Expect.UNAUTHORIZED);
        }
        return altered(valid, claims -> switch (random.nextInt(5)) {
            case 0 -> claims.expirationTime(null);
            case 1 -> claims.issueTime(future);
            case 2 -> claims.notBeforeTime(future);
            case 3 -> claims.expirationTime(Date.from(Instant.parse("9999-12-31T23:59:59Z")));
            default -> claims.claim("exp", "tomorrow");
        });
    }

    private static FuzzCase oddGroups(Random random, FuzzWorld world, FuzzCase valid) {
        String role = valid.grant().roles().split(",")[0];
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add("Role" + i);
        }
        many.add(role);
        Object[] groups = {role, List.of(role.toLowerCase()), List.of(" " + role), List.of(""), 42,
            List.of(role + "\u0000"), many, List.of(role, role)};
        Object chosen = pick(random, groups);
        return altered(valid, claims -> claims.claim("groups", chosen));
    }

    private static FuzzCase oddScope(Random random, FuzzWorld world, FuzzCase valid) {
        String client = world.client.clientId;
        String user = valid.grant().user();
        Object[] scopes = {List.of(client + "/" + user), 42, "X/y\t" + client + "/" + user, "X/y\n" + client + "/" + user,
            client + "/" + user + "/x", client + "//" + user, "/" + user + " " + client, client + "/a\u0000b",
            client + "/a " + client + "/b", "Y/z ".repeat(2000) + client + "/" + user, client + "/Zo\u00EB",
            client + "/\uD800", client.toLowerCase() + "/" + user, client + "/" + user + "\u2028",
            client + "/<script>"};
        Object chosen = pick(random, scopes);
        return altered(valid, claims -> claims.claim("scope", chosen));
    }

    private static String brokenSignature(Random random, String token) {
        int dot = token.lastIndexOf('.');
        String signature = token.substring(dot + 1);
        return switch (random.nextInt(3)) {
            case 0 -> token.substring(0, dot + 1);
            case 1 -> token.substring(0, dot + 1) + signature.substring(0, signature.length() - 4) + "AAAA";
            default -> token.substring(0, dot + 1) + new StringBuilder(signature).reverse();
        };
    }

    private static String algNone(Random random, String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(pick(random,
                new String[] {"{\"alg\":\"none\",\"typ\":\"JWT\"}", "{\"alg\":\"None\"}", "{\"alg\":\"NONE\"}",
                    "{\"typ\":\"JWT\"}"}).getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + "." + (random.nextBoolean() ? "" : parts[2]);
    }

    private static String resigned(String token, JWSAlgorithm algorithm, JWSSigner signer) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic confusion: HMAC keyed with the RSA public key that the server trusts. */
    private static JWSSigner macWithPublicKey() {
        Path pem = Path.of(System.getProperty("prefcenter.dev.dir", ".prefcenter-dev"), "public.pem");
        try {
            return new MACSigner(Files.readAllBytes(pem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomBase64(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(600)];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
