package org.prefcenter.profiles.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.control.patch.PatchOp;
import org.prefcenter.profiles.control.patch.PatchOperation;
import org.prefcenter.profiles.control.patch.RestrictedJsonPatch;

/** The patch path rules that ProfilePaths derives from ProfileJson.SHAPE, without a server. */
class ProfilePathsTest {

    private final List<Violation> errors = new ArrayList<>();

    private List<PatchOperation> canonical(String patch) {
        try (var reader = Json.createReader(new StringReader(patch))) {
            return ProfilePaths.canonical(RestrictedJsonPatch.parse(reader.readValue(), 100), errors);
        }
    }

    private String error(String patch) {
        errors.clear();
        assertThat(canonical(patch)).isEmpty();
        assertThat(errors).hasSize(1);
        return errors.get(0).message();
    }

    @Test
    void pathsBecomeTheCanonicalNames() {
        assertThat(canonical("""
                [{"op":"replace","path":"/customername/FIRSTNAME","value":"x"},
                 {"op":"add","path":"/alternateids/-","value":{}},
                 {"op":"test","path":"/customfields/0/value","value":1}]
                """))
                .extracting(PatchOperation::path)
                .containsExactly("/CustomerName/FirstName", "/AlternateIds/-", "/CustomFields/0/Value");
        assertThat(errors).isEmpty();
    }

    @Test
    void valuesTakeTheCanonicalNamesToo() {
        assertThat(canonical("""
                [{"op":"add","path":"/AlternateIds/-","value":{"alternateidtype":"CRM","ALTERNATEID":"1","extra":2}}]
                """)).singleElement().extracting(PatchOperation::value).isEqualTo(Json.createObjectBuilder()
                .add("AlternateIdType", "CRM").add("AlternateId", "1").add("extra", 2).build());
    }

    @Test
    void readOnlyPropertiesAcceptOnlyTest() {
        assertThat(canonical("""
                [{"op":"test","path":"/edited/createdby","value":"x"},
                 {"op":"test","path":"/ProfileId","value":1},
                 {"op":"test","path":"/UpdateStatus","value":"Complete"}]
                """)).extracting(PatchOperation::path).containsExactly("/Edited/CreatedBy", "/ProfileId", "/UpdateStatus");
        assertThat(error("""
                [{"op":"replace","path":"/Edited/ModifiedBy","value":"x"}]
                """)).isEqualTo("/Edited is read-only: only test is allowed on it");
        assertThat(error("""
                [{"op":"remove","path":"/UpdateStatus"}]
                """)).isEqualTo("/UpdateStatus is read-only: only test is allowed on it");
    }

    @Test
    void removingANullablePropertySetsItToNull() {
        assertThat(canonical("""
                [{"op":"remove","path":"/CustomerName/LastName"},{"op":"remove","path":"/CustomerName"},
                 {"op":"remove","path":"/CustomFields/0/Value"}]
                """))
                .hasSize(3)
                .allSatisfy(operation -> {
                    assertThat(operation.op()).isEqualTo(PatchOp.REPLACE);
                    assertThat(operation.value()).isEqualTo(JsonValue.NULL);
                });
    }

    @Test
    void removingAnArrayItemClosesTheGap() {
        assertThat(canonical("""
                [{"op":"remove","path":"/AlternateIds/0"}]
                """)).singleElement().extracting(PatchOperation::op).isEqualTo(PatchOp.REMOVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/IsActive", "/CustomerType", "/AlternateIds", "/AlternateIds/0/AlternateId"})
    void requiredPropertiesCannotBeRemoved(String path) {
        assertThat(error("""
                [{"op":"remove","path":"%s"}]
                """.formatted(path))).isEqualTo(path + " is required and cannot be removed; replace it instead");
    }

    @Test
    void unknownPropertiesAndPathsBelowValuesAreRefused() {
        assertThat(error("""
                [{"op":"add","path":"/Nickname","value":"x"}]
                """)).isEqualTo("'Nickname' is not a property of a profile");
        assertThat(error("""
                [{"op":"add","path":"/CustomerName/Nickname","value":"x"}]
                """)).isEqualTo("'Nickname' is not a property of /CustomerName");
        assertThat(error("""
                [{"op":"add","path":"/IsActive/x","value":1}]
                """)).isEqualTo("the path goes below /IsActive, which has no members");
    }
}
