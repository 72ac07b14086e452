package org.prefcenter.profiles.control.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prefcenter.profiles.control.patch.PatchFixtures.applyFailure;
import static org.prefcenter.profiles.control.patch.PatchFixtures.json;
import static org.prefcenter.profiles.control.patch.PatchFixtures.patch;

import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@code test} compares values: RFC 6902 section 4.6, numbers by numeric value. */
class TestOperationEqualityTest {

    @ParameterizedTest(name = "{0} equals {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1             | 1.0",
        "1             | 1e0",
        "1.0           | 1E+0",
        "10            | 1e1",
        "100           | 1.00e2",
        "0             | -0.0",
        "0.1           | 1e-1",
        "-2.50         | -2.5",
        "123456789012345678901234567890 | 1.23456789012345678901234567890e29",
        "'text'        | 'text'",
        "null          | null",
        "true          | true",
        "{}            | {}",
        "[]            | []",
        "{'a':1,'b':2} | {'b':2.0,'a':1}",
        "{'o':{'x':[1,{'y':10}],'z':null}} | {'o':{'z':null,'x':[1.0,{'y':1e1}]}}",
        "[[1,2.0],[3]] | [[1.0,2],[3e0]]",
    })
    void equalValuesPassTheTest(String expected, String actual) {
        String document = "{'target':" + actual + "}";

        assertThat(patch(document, "[{'op':'test','path':'/target','value':" + expected + "}]"))
                .isEqualTo(json(document));
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1             | 2",
        "1             | 1.0000000000000000000001",
        "1             | '1'",
        "'a'           | 'A'",
        "'a'           | 'a '",
        "true          | false",
        "false         | null",
        "0             | false",
        "''            | null",
        "{}            | []",
        "{'a':1}       | {'a':1,'b':2}",
        "{'a':1,'b':2} | {'a':1}",
        "{'a':null}    | {'b':null}",
        "{'a':1}       | {'A':1}",
        "[1,2]         | [2,1]",
        "[1,2]         | [1,2,3]",
        "[[1],[2]]     | [[1,2]]",
        "[{'a':1}]     | [{'a':'1'}]",
    })
    void differentValuesFailTheTestWithAConflict(String expected, String actual) {
        Refusal failure = applyFailure("{'target':" + actual + "}",
                "[{'op':'test','path':'/target','value':" + expected + "}]");

        assertThat(failure.kind()).isEqualTo(Refusal.Kind.TEST_FAILED);
        assertThat(failure.violations()).containsExactly(
                new Violation(0, "/target", "test failed: value at /target is not equal to the expected value"));
    }
}
