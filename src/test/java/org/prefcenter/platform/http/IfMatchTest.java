package org.prefcenter.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    private static final String CURRENT = "\"7\"";

    @Test
    void absentBlankOrStarMatchesAnyRepresentation() {
        for (String header : new String[] {null, "", "  ", "*", " * "}) {
            IfMatch ifMatch = IfMatch.parse(header);
            assertThat(ifMatch.isPresent()).as(String.valueOf(header)).isFalse();
            assertThat(ifMatch.matches(CURRENT)).as(String.valueOf(header)).isTrue();
        }
    }

    @Test
    void oneOfTheListedTagsMustBeTheCurrentOne() {
        assertThat(IfMatch.parse("\"7\"").matches(CURRENT)).isTrue();
        assertThat(IfMatch.parse("\"6\", \"7\"").matches(CURRENT)).isTrue();
        assertThat(IfMatch.parse("\"6\",\"8\"").matches(CURRENT)).isFalse();
        assertThat(IfMatch.parse("\"6\"").isPresent()).isTrue();
    }

    @Test
    void aWeakTagNeverMatches() {
        assertThat(IfMatch.parse("W/\"7\"").matches(CURRENT)).isFalse();
    }

    @Test
    void anUnquotedTagIsNotTheQuotedOne() {
        assertThat(IfMatch.parse("7").matches(CURRENT)).isFalse();
    }
}
