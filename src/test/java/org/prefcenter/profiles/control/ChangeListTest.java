package org.prefcenter.profiles.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChangeListTest {

    @Test
    void anAppendedItemIsOneAdditionAndAChangedMemberNamesItsItem() {
        JsonObject before = object("""
                {"CustomFields": [{"Name": "Tier", "Value": "Silver"}]}""");
        JsonObject after = object("""
                {"CustomFields": [{"Name": "Tier", "Value": "Gold"}, {"Name": "Newsletter", "Value": "true"}]}""");
        assertThat(ChangeList.between(before, after)).isEqualTo(json("""
                [{"Path": "/CustomFields/0/Value", "Item": {"Name": "Tier"}, "Old": "Silver", "New": "Gold"},
                 {"Path": "/CustomFields/1", "Item": {"Name": "Newsletter"}, "Old": null,
                  "New": {"Name": "Newsletter", "Value": "true"}}]"""));
    }

    @Test
    void aRemovedItemIsNamedAtItsOldPositionWithItsOldValue() {
        JsonObject before = object("""
                {"AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "C-1"},
                                  {"AlternateIdType": "Loyalty", "AlternateId": "L-1"}]}""");
        JsonObject after = object("""
                {"AlternateIds": [{"AlternateIdType": "Loyalty", "AlternateId": "L-1"}]}""");
        assertThat(ChangeList.between(before, after)).isEqualTo(json("""
                [{"Path": "/AlternateIds/0", "Item": {"AlternateIdType": "CRM", "AlternateId": "C-1"},
                  "Old": {"AlternateIdType": "CRM", "AlternateId": "C-1"}, "New": null}]"""));
    }

    @Test
    void aKeyInAnotherLetterCaseIsTheSameItemWithAChangedMember() {
        JsonObject before = object("""
                {"AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "c-1"}]}""");
        JsonObject after = object("""
                {"AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "C-1"}]}""");
        assertThat(ChangeList.between(before, after)).isEqualTo(json("""
                [{"Path": "/AlternateIds/0/AlternateId", "Item": {"AlternateIdType": "CRM", "AlternateId": "C-1"},
                  "Old": "c-1", "New": "C-1"}]"""));
    }

    @Test
    void objectsAreComparedMemberByMemberAndEditedIsLeftOut() {
        JsonObject before = object("""
                {"Edited": {"ModifiedDate": "2026-01-01T00:00:00Z"}, "IsActive": true,
                 "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"}}""");
        JsonObject after = object("""
                {"Edited": {"ModifiedDate": "2026-01-02T00:00:00Z"}, "IsActive": true,
                 "CustomerName": {"FirstName": null, "LastName": "Lovelace"}}""");
        assertThat(ChangeList.between(before, after)).isEqualTo(json("""
                [{"Path": "/CustomerName/FirstName", "Old": "Ada", "New": null}]"""));
    }

    @Test
    void nothingChangedIsAnEmptyList() {
        JsonObject document = object("""
                {"IsActive": true, "CustomFields": [{"Name": "Tier", "Value": "Gold"}]}""");
        assertThat(ChangeList.between(document, document)).isEmpty();
    }

    private static JsonObject object(String text) {
        return json(text).asJsonObject();
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
