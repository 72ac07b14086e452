package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prefcenter.generated.ApiClient;
import org.prefcenter.generated.ApiException;
import org.prefcenter.generated.ApiResponse;
import org.prefcenter.generated.api.ProfilesApi;
import org.prefcenter.generated.model.AlternateId;
import org.prefcenter.generated.model.CustomField;
import org.prefcenter.generated.model.CustomerName;
import org.prefcenter.generated.model.PatchOperation;
import org.prefcenter.generated.model.PatchOperation.OpEnum;
import org.prefcenter.generated.model.Problem;
import org.prefcenter.generated.model.Profile;

/**
 * The Java client that openapi-generator makes from META-INF/openapi.yaml at build time (library
 * "native", into target/generated-client), used as an integrator would: create, read by alternate
 * id, patch with If-Match, and read a refusal as a problem document. Nothing in it is edited by hand:
 * what it cannot do is a fault of the document.
 */
class GeneratedClientIT extends ApiTest {

    private ProfilesApi profiles(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(api().uri("Profiles/v4").toString());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ProfilesApi(client);
    }

    @Test
    void createsReadsByAlternateIdAndPatches() throws ApiException {
        ClientFixture fixture = sharedClient("GEN");
        ProfilesApi api = profiles(fixture.editor);

        ApiResponse<Profile> created = api.createProfileWithHttpInfo(fixture.clientId, new Profile()
                .customerName(new CustomerName().firstName("Grace").lastName("Hopper"))
                .alternateIds(List.of(new AlternateId().alternateIdType("CRM").alternateId("GH-1906")))
                .customFields(List.of(new CustomField().name("Tier").value("Silver"))));
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders()).containsKey("location");
        Profile profile = created.getData();
        assertThat(profile.getProfileId()).isPositive();
        assertThat(profile.getCustomerType()).isEqualTo("Retail");
        assertThat(profile.getEdited().getCreatedBy()).isEqualTo("editor");

        ApiResponse<Profile> read = api.getProfileByAlternateIdWithHttpInfo(fixture.clientId, "crm", "gh-1906");
        assertThat(read.getData()).isEqualTo(profile);
        String etag = read.getHeaders().get("etag").get(0);

        ApiResponse<Profile> patched = api.patchProfileByAlternateIdWithHttpInfo(fixture.clientId, "CRM", "GH-1906",
                List.of(new PatchOperation().op(OpEnum.TEST).path("/CustomerName/LastName").value("Hopper"),
                        // a null value is sent as null, not left out (the document says value is nullable)
                        new PatchOperation().op(OpEnum.TEST).path("/CustomerName/MiddleName").value(null),
                        new PatchOperation().op(OpEnum.REPLACE).path("/CustomerName/FirstName").value("Amazing Grace"),
                        new PatchOperation().op(OpEnum.REPLACE).path("/IsActive").value(false),
                        new PatchOperation().op(OpEnum.ADD).path("/CustomFields/-")
                                .value(new CustomField().name("OptIn").value("true"))),
                etag);
        assertThat(patched.getStatusCode()).isEqualTo(200);
        assertThat(patched.getData().getCustomerName().getFirstName()).isEqualTo("Amazing Grace");
        assertThat(patched.getData().getIsActive()).isFalse();
        assertThat(patched.getData().getCustomFields()).extracting(CustomField::getName).containsExactly("Tier", "OptIn");
        assertThat(patched.getHeaders().get("etag")).isNotEqualTo(List.of(etag));
        assertThat(api.getProfile(fixture.clientId, profile.getProfileId())).isEqualTo(patched.getData());
    }

    @Test
    void aStaleIfMatchIsAProblemDocumentTheClientReads() throws Exception {
        ClientFixture fixture = sharedClient("GEN");
        ProfilesApi api = profiles(fixture.editor);
        long id = fixture.profile(api(), "GEN-STALE");
        String stale = api.getProfileWithHttpInfo(fixture.clientId, id).getHeaders().get("etag").get(0);
        api.patchProfile(fixture.clientId, id,
                List.of(new PatchOperation().op(OpEnum.REPLACE).path("/DefaultLocale").value("fr-CA")), null);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> api.patchProfile(fixture.clientId, id,
                List.of(new PatchOperation().op(OpEnum.REPLACE).path("/IsActive").value(false)), stale));
        assertThat(refused.getCode()).isEqualTo(412);
        assertThat(refused.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getType()).isEqualTo("urn:prefcenter:problem:precondition-failed");

        ApiException invalid = catchThrowableOfType(ApiException.class, () -> api.patchProfile(fixture.clientId, id,
                List.of(new PatchOperation().op(OpEnum.REPLACE).path("/DefaultLocale").value("not a locale!")), null));
        Problem invalidProblem = ApiClient.createDefaultObjectMapper().readValue(invalid.getResponseBody(), Problem.class);
        assertThat(invalidProblem.getStatus()).isEqualTo(400);
        assertThat(invalidProblem.getErrors()).anySatisfy(error -> assertThat(error.getPath()).isEqualTo("/DefaultLocale"));
    }
}
