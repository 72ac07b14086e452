package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** A fresh client of its own for a test class, configured through the API as a ClientAdmin would. */
public final class ClientFixture {

    public final String clientId;
    public final String admin;
    public final String editor;
    public final String reader;

    private ClientFixture(String clientId) {
        this.clientId = clientId;
        this.admin = Tokens.of("cadmin", "ClientAdmin", clientId);
        this.editor = Tokens.of("editor", "ProfileEditor", clientId);
        this.reader = Tokens.of("reader", "ProfileReader", clientId);
    }

    public static ClientFixture create(Api api, String prefix) {
        ClientFixture fixture = new ClientFixture(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        String system = Tokens.of("root", "SystemAdmin");
        expect(api.post("Clients", system, "{\"ClientId\":\"" + fixture.clientId + "\",\"DefaultLocale\":\"en-US\"}"));
        String base = fixture.clientId + "/";
        expect(api.post(base + "AlternateIdTypes", fixture.admin, "{\"Name\":\"CRM\",\"Description\":\"CRM id\"}"));
        expect(api.post(base + "AlternateIdTypes", fixture.admin, "{\"Name\":\"Loyalty\"}"));
        expect(api.post(base + "CustomerTypes", fixture.admin, "{\"Name\":\"Retail\",\"IsDefault\":true}"));
        expect(api.post(base + "CustomerTypes", fixture.admin, "{\"Name\":\"Commercial\"}"));
        expect(api.post(base + "CustomFields", fixture.admin,
                "{\"Name\":\"Tier\",\"DataType\":\"SelectList\",\"Options\":[\"Bronze\",\"Silver\",\"Gold\"]}"));
        expect(api.post(base + "CustomFields", fixture.admin, "{\"Name\":\"OptIn\",\"DataType\":\"Boolean\"}"));
        expect(api.post(base + "CustomFields", fixture.admin, "{\"Name\":\"Birth\",\"DataType\":\"Date\"}"));
        expect(api.post(base + "CustomFields", fixture.admin, "{\"Name\":\"Score\",\"DataType\":\"Numeric\"}"));
        expect(api.post(base + "CustomFields", fixture.admin,
                "{\"Name\":\"Note\",\"DataType\":\"Text\",\"MaxLength\":10}"));
        return fixture;
    }

    /** Creates a profile with one CRM alternate id and answers its ProfileId. */
    public long profile(Api api, String crm) {
        Api.Reply created = api.post(clientId + "/Profile", editor, "{\"CustomerName\":{\"FirstName\":\"Ada\","
                + "\"LastName\":\"Lovelace\"},\"AlternateIds\":[{\"AlternateIdType\":\"CRM\",\"AlternateId\":\""
                + crm + "\"}],\"CustomFields\":[{\"Name\":\"Tier\",\"Value\":\"Gold\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("ProfileId").longValue();
    }

    private static void expect(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
