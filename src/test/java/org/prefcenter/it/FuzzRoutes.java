package org.prefcenter.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/** Valid requests, one maker per route of the API, that the mutations start from. */
final class FuzzRoutes {

    static final String JSON = "application/json";
    static final String JSON_PATCH = "application/json-patch+json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String[] LISTS = {"AlternateIdTypes", "CustomerTypes", "CustomFields", "ContactTypes", "ConsentTypes",
        "PreferenceTopics"};

    private record Route(String name, int weight, BiFunction<Random, FuzzWorld, FuzzCase> make) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final int totalWeight;

    FuzzRoutes() {
        // the mission (PATCH) and the other profile writes weigh most
        routes.add(new Route("PATCH {c}/Profile/{id}", 5, (r, w) -> patch(r, w, w.client.clientId + "/Profile/"
                + w.targetId())));
        routes.add(new Route("PATCH {c}/Profile?alternateId", 5, (r, w) -> patch(r, w, w.client.clientId
                + "/Profile?" + w.targetQuery())));
        // the same two PATCH routes with a JSON Merge Patch (RFC 7396)
        routes.add(new Route("PATCH (merge) {c}/Profile/{id}", 2, (r, w) -> mergePatch(r, w, w.client.clientId
                + "/Profile/" + w.targetId())));
        routes.add(new Route("PATCH (merge) {c}/Profile?alternateId", 2, (r, w) -> mergePatch(r, w,
                w.client.clientId + "/Profile?" + w.targetQuery())));
        routes.add(new Route("POST {c}/Profile", 4, FuzzRoutes::create));
        routes.add(new Route("GET {c}/Profile/{id}", 2, (r, w) -> read(w, w.client.clientId + "/Profile/"
                + w.targetId())));
        routes.add(new Route("GET {c}/Profile?alternateId", 2, (r, w) -> read(w, w.client.clientId + "/Profile?"
                + w.targetQuery())));
        routes.add(new Route("GET {c}/Profile/{id}/History", 1, (r, w) -> read(w, w.client.clientId + "/Profile/"
                + w.targetId() + "/History" + (r.nextBoolean() ? "" : "?limit=" + (1 + r.nextInt(20))))));
        routes.add(new Route("GET {c}/Profile/History?alternateId", 1, (r, w) -> read(w, w.client.clientId
                + "/Profile/History?" + w.targetQuery())));
        routes.add(new Route("GET {c}/Events", 1, (r, w) -> read(w, w.client.clientId + "/Events"
                + (r.nextBoolean() ? "" : "?limit=" + (1 + r.nextInt(1000)) + "&after=" + r.nextInt(5000) + "-"
                        + r.nextInt(5000)))));
        // the look-ups by address: an email in some letter case, a phone in international or national form
        routes.add(new Route("GET {c}/Profiles?email|phone", 1, (r, w) -> read(w, w.client.clientId + "/Profiles?"
                + address(r))));
        routes.add(new Route("GET {c}/ConsentStatus", 1, (r, w) -> read(w, w.client.clientId
                + "/ConsentStatus?consentType=" + (r.nextBoolean() ? "MarketingEmail" : "marketingemail") + "&"
                + email(r))));
        for (String list : LISTS) {
            routes.add(new Route("GET {c}/" + list, 1, (r, w) -> read(w, w.client.clientId + "/" + list)));
            routes.add(new Route("GET {c}/" + list + "/{name}", 1, (r, w) -> read(w, w.client.clientId + "/" + list
                    + "/" + existingName(list))));
            routes.add(new Route("POST {c}/" + list, 2, (r, w) -> addTo(r, w, list)));
        }
        // a consent type's versions: read, and added (each a number above the last, or a 409)
        routes.add(new Route("GET {c}/ConsentTypes/{name}/Versions", 1, (r, w) -> read(w, w.client.clientId
                + "/ConsentTypes/MarketingEmail/Versions")));
        routes.add(new Route("GET {c}/ConsentTypes/{name}/Versions/{n}", 1, (r, w) -> read(w, w.client.clientId
                + "/ConsentTypes/MarketingEmail/Versions/" + (1 + r.nextInt(3)))));
        routes.add(new Route("POST {c}/ConsentTypes/{name}/Versions", 1, FuzzRoutes::addVersion));
        routes.add(new Route("POST Clients", 1, FuzzRoutes::register));
        routes.add(new Route("GET Clients", 1, (r, w) -> clients(w, "Clients")));
        routes.add(new Route("GET Clients/{c}", 1, (r, w) -> clients(w, "Clients/" + w.client.clientId)));
        totalWeight = routes.stream().mapToInt(Route::weight).sum();
    }

    FuzzCase any(Random random, FuzzWorld world) {
        int pick = random.nextInt(totalWeight);
        for (Route route : routes) {
            pick -= route.weight();
            if (pick < 0) {
                FuzzCase made = route.make().apply(random, world);
                return new FuzzCase(route.name(), made.inputClass(), made.method(), made.target(), made.headers(),
                        made.body(), made.framing(), made.effect(), made.expect(), made.grant());
            }
        }
        throw new IllegalStateException("weights");
    }

    private static FuzzCase request(FuzzWorld world, String method, String target, FuzzCase.Grant grant,
            String contentType, String body, FuzzCase.Effect effect) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Accept", JSON));
        headers.add(Map.entry("Authorization", "Bearer " + world.token(grant)));
        if (contentType != null) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        FuzzCase made = new FuzzCase("", "valid", method, target, List.copyOf(headers), null,
                FuzzCase.Framing.NONE, effect, FuzzCase.Expect.NO_SERVER_ERROR, grant);
        return body == null ? made : made.withBody(body).withFraming(FuzzCase.Framing.LENGTH);
    }

    private static FuzzCase read(FuzzWorld world, String target) {
        return request(world, "GET", target, new FuzzCase.Grant("reader", "ProfileReader", world.client.clientId),
                null, null, new FuzzCase.ReadOnly());
    }

    private static String address(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> email(random);
            case 1 -> "phone=" + FuzzWorld.encode("+44 20 7123 4567");
            default -> "phone=" + FuzzWorld.encode("(201) 555-0123");
        };
    }

    private static String email(Random random) {
        return "email=" + FuzzWorld.encode(random.nextBoolean() ? "ada@example.org" : "Ada@Example.ORG");
    }

    private static FuzzCase clients(FuzzWorld world, String target) {
        return request(world, "GET", target, new FuzzCase.Grant("root", "SystemAdmin"), null, null,
                new FuzzCase.ReadOnly());
    }

    private static FuzzCase patch(Random random, FuzzWorld world, String target) {
        JsonArrayBuilder operations = Json.createArrayBuilder();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            operations.add(operation(random, world));
        }
        return request(world, "PATCH", target, editor(world), JSON_PATCH,
                FuzzJson.write(operations.build()), new FuzzCase.PatchesTarget());
    }

    /** A JSON Merge Patch of one to four members that a valid profile accepts. */
    private static FuzzCase mergePatch(Random random, FuzzWorld world, String target) {
        JsonObjectBuilder patch = Json.createObjectBuilder();
        JsonObjectBuilder name = Json.createObjectBuilder();
        int n = world.next();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(6)) {
                case 0 -> name.add("FirstName", "Ada-" + n);
                case 1 -> name.addNull("Suffix");
                case 2 -> patch.add("IsActive", random.nextBoolean());
                case 3 -> patch.add("DefaultLocale", random.nextBoolean() ? "fr-CA" : "en-US");
                case 4 -> patch.add("CustomerType", random.nextBoolean() ? "Commercial" : "retail");
                default -> name.add("MiddleName", "M" + n);
            }
        }
        JsonObject names = name.build();
        if (!names.isEmpty()) {
            patch.add("CustomerName", names);
        }
        return request(world, "PATCH", target, editor(world), MERGE_PATCH, FuzzJson.write(patch.build()),
                new FuzzCase.PatchesTarget());
    }

    /** One operation that a valid profile accepts, or refuses only for what it holds (a failed test, a taken id). */
    private static JsonObject operation(Random random, FuzzWorld world) {
        int n = world.next();
        return switch (random.nextInt(10)) {
            case 0 -> op("replace", "/CustomerName/FirstName").add("value", "Ada-" + n).build();
            case 1 -> op("replace", "/IsActive").add("value", random.nextBoolean()).build();
            case 2 -> op("test", "/ProfileId").add("value", world.targetId()).build();
            case 3 -> op("replace", "/DefaultLocale").add("value", random.nextBoolean() ? "fr-CA" : "en-US").build();
            case 4 -> op("replace", "/CustomerType").add("value", random.nextBoolean() ? "Commercial" : "retail").build();
            case 5 -> op("add", "/CustomerName/MiddleName").add("value", "M" + n).build();
            case 6 -> op("remove", "/CustomerName/Suffix").build();
            case 7 -> op("add", "/AlternateIds/-").add("value", Json.createObjectBuilder()
                    .add("AlternateIdType", "Loyalty").add("AlternateId", "L-" + n)).build();
            case 8 -> op("add", "/CustomFields/-").add("value", Json.createObjectBuilder()
                    .add("Name", "Note").add("Value", "n" + (n % 1000))).build();
            default -> op("replace", "/CustomFields/0/Value").add("value", random.nextBoolean() ? "Silver" : "Bronze")
                    .build();
        };
    }

    private static JsonObjectBuilder op(String op, String path) {
        return Json.createObjectBuilder().add("op", op).add("path", path);
    }

    private static FuzzCase create(Random random, FuzzWorld world) {
        String crm = "NEW-" + world.next();
        JsonObject body = Json.createObjectBuilder()
                .add("IsActive", true)
                .add("CustomerType", random.nextBoolean() ? "Retail" : "commercial")
                .add("CustomerName", Json.createObjectBuilder().add("FirstName", "Grace").add("LastName", "Hopper"))
                .add("DefaultLocale", "en-GB")
                .add("AlternateIds", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("AlternateIdType", "CRM").add("AlternateId", crm)))
                .add("CustomFields", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("Name", "Tier").add("Value", "Gold"))
                        .add(Json.createObjectBuilder().add("Name", "Score").add("Value", "42")))
                .build();
        return request(world, "POST", world.client.clientId + "/Profile", editor(world), JSON, FuzzJson.write(body),
                new FuzzCase.CreatesProfile(crm));
    }

    private static FuzzCase addTo(Random random, FuzzWorld world, String list) {
        String name = "N" + world.next();
        JsonObjectBuilder body = Json.createObjectBuilder().add("Name", name);
        switch (list) {
            case "AlternateIdTypes" -> body.add("Description", "made by the fuzz test");
            case "CustomerTypes" -> body.add("IsDefault", false);
            case "ContactTypes" -> body.add("Channel", random.nextBoolean() ? "Email" : "Phone");
            case "ConsentTypes" -> body.add("Channel", "Email").add("Description", "made by the fuzz test")
                    .add("Versions", Json.createArrayBuilder().add(version(1 + random.nextInt(5))));
            case "PreferenceTopics" -> body.add("Channels", Json.createArrayBuilder().add("Email"))
                    .add("Frequencies", Json.createArrayBuilder().add("Weekly").add("Monthly"))
                    .add("RequiresConsent", random.nextBoolean() ? "MarketingEmail" : "marketingemail")
                    .add("DefaultOptIn", random.nextBoolean());
            case "CustomFields" -> {
                if (random.nextBoolean()) {
                    body.add("DataType", "SelectList").add("Options", Json.createArrayBuilder().add("a").add("b"));
                } else {
                    body.add("DataType", "Text").add("MaxLength", 20);
                }
            }
        }
        String target = world.client.clientId + "/" + list;
        world.rememberList(target);
        return request(world, "POST", target, new FuzzCase.Grant("cadmin", "ClientAdmin", world.client.clientId),
                JSON, FuzzJson.write(body.build()), new FuzzCase.AddsTo(target));
    }

    private static JsonObjectBuilder version(int number) {
        return Json.createObjectBuilder().add("Version", number).add("EffectiveDate", "2026-12-01T09:00:00Z")
                .add("ExpirationDays", 730).add("Text", Json.createObjectBuilder().add("en-US", "Email me").add("fr-CA", "Oui"));
    }

    /** The next version of the world's consent type; the list of versions shows what a refusal left. */
    private static FuzzCase addVersion(Random random, FuzzWorld world) {
        String target = world.client.clientId + "/ConsentTypes/MarketingEmail/Versions";
        world.rememberList(target);
        return request(world, "POST", target, new FuzzCase.Grant("cadmin", "ClientAdmin", world.client.clientId), JSON,
                FuzzJson.write(version(1 + world.next()).build()), new FuzzCase.AddsTo(target));
    }

    private static FuzzCase register(Random random, FuzzWorld world) {
        world.rememberList("Clients");
        JsonObject body = Json.createObjectBuilder().add("ClientId", world.client.clientId + "-" + world.next())
                .add("DefaultLocale", "de-CH").build();
        return request(world, "POST", "Clients", new FuzzCase.Grant("root", "SystemAdmin"), JSON,
                FuzzJson.write(body), new FuzzCase.AddsTo("Clients"));
    }

    static FuzzCase.Grant editor(FuzzWorld world) {
        return new FuzzCase.Grant("editor", "ProfileEditor", world.client.clientId);
    }

    private static String existingName(String list) {
        return switch (list) {
            case "AlternateIdTypes" -> "CRM";
            case "CustomerTypes" -> "Retail";
            case "ContactTypes" -> "Personal";
            case "ConsentTypes" -> "MarketingEmail";
            case "PreferenceTopics" -> "Newsletter";
            default -> "Tier";
        };
    }
}
