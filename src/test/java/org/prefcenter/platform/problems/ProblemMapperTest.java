package org.prefcenter.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Refusal.Kind;
import org.prefcenter.platform.rules.Violation;

class ProblemMapperTest {

    /** The API's statuses, problem types and titles, as the contract and the integration tests have them. */
    @Test
    void eachKindHasItsStatusTypeAndTitle() {
        assertAnswer(Kind.INVALID, 400, "urn:prefcenter:problem:invalid-request", "Invalid request");
        assertAnswer(Kind.UNAUTHENTICATED, 401, "urn:prefcenter:problem:unauthorized", "Unauthorized");
        assertAnswer(Kind.INVALID_TOKEN, 401, "urn:prefcenter:problem:unauthorized", "Unauthorized");
        assertAnswer(Kind.FORBIDDEN, 403, "urn:prefcenter:problem:forbidden", "Forbidden");
        assertAnswer(Kind.UNKNOWN_REFERENCE, 404, "urn:prefcenter:problem:not-found", "Not found");
        assertAnswer(Kind.TIMEOUT, 408, "urn:prefcenter:problem:invalid-request", "Request Timeout");
        assertAnswer(Kind.CONFLICT, 409, "urn:prefcenter:problem:conflict", "Conflict");
        assertAnswer(Kind.ABORTED, 409, "urn:prefcenter:problem:conflict", "Conflict");
        assertAnswer(Kind.TEST_FAILED, 409, "urn:prefcenter:problem:test-failed", "Test failed");
        assertAnswer(Kind.PRECONDITION, 412, "urn:prefcenter:problem:precondition-failed", "Precondition Failed");
        assertAnswer(Kind.TOO_LARGE, 413, "urn:prefcenter:problem:invalid-request", "Content Too Large");
        assertAnswer(Kind.UNAVAILABLE, 503, "urn:prefcenter:problem:service-unavailable", "Service Unavailable");
    }

    @Test
    void everyKindIsInTheTable() {
        for (Kind kind : Kind.values()) {
            assertThat(ProblemMapper.answerTo(Refusal.of(kind, "why")).status()).as(kind.name()).isBetween(400, 599);
        }
    }

    @Test
    void anInvalidPatchHasItsOwnType() {
        ProblemMapper.Answer answer = ProblemMapper.answerTo(Refusal.ofPatch(Kind.INVALID, "why", List.of()));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.type()).isEqualTo("urn:prefcenter:problem:invalid-patch");
        assertThat(answer.title()).isEqualTo("Invalid patch");
    }

    @Test
    void theHeadersThatGoWithAKind() {
        assertThat(headers(Kind.UNAUTHENTICATED)).containsExactlyEntriesOf(Map.of("WWW-Authenticate", "Bearer"));
        assertThat(headers(Kind.INVALID_TOKEN))
                .containsExactlyEntriesOf(Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        assertThat(headers(Kind.TIMEOUT)).containsExactlyEntriesOf(Map.of("Connection", "close"));
        assertThat(headers(Kind.TOO_LARGE)).containsExactlyEntriesOf(Map.of("Connection", "close"));
        assertThat(headers(Kind.UNAVAILABLE)).containsExactlyEntriesOf(Map.of("Retry-After", "5"));
        assertThat(headers(Kind.CONFLICT)).isEmpty();
    }

    @Test
    void theBodyNamesEachViolation() {
        String json = Problem.json(400, Problem.INVALID_PATCH, "Invalid patch", "operation 0: bad",
                List.of(new Violation(0, "/Name", "bad"), Violation.at(null, "also")));
        assertThat(json).isEqualTo("""
                {"type":"urn:prefcenter:problem:invalid-patch","title":"Invalid patch","status":400,\
                "detail":"operation 0: bad","errors":[{"operation":0,"path":"/Name","message":"bad"},\
                {"message":"also"}]}""");
    }

    private static Map<String, String> headers(Kind kind) {
        return ProblemMapper.answerTo(Refusal.of(kind, "why")).headers();
    }

    private static void assertAnswer(Kind kind, int status, String type, String title) {
        ProblemMapper.Answer answer = ProblemMapper.answerTo(Refusal.of(kind, "why"));
        assertThat(answer.status()).as(kind.name()).isEqualTo(status);
        assertThat(answer.type()).as(kind.name()).isEqualTo(type);
        assertThat(answer.title()).as(kind.name()).isEqualTo(title);
    }
}
