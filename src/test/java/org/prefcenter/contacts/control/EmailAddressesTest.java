package org.prefcenter.contacts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.prefcenter.platform.rules.Violation;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ada@example.org", "Ada.Lovelace@Example.ORG", "a@b.co", "first.last+tag@sub.example.co.uk",
        "!#$%&'*+-/=?^_`{|}~@example.org", "x@xn--bcher-kva.example", "x@a-b.example", "x@1.example",
        "\"ada lovelace\"@example.org", "\"a@b\"@example.org", "\"with \\\"quotes\\\"\"@example.org",
        "\"\"@example.org", "\"a..b\"@example.org", "user@[192.0.2.1]", "user@[IPv6:2001:db8::1]",
        "user@[ipv6:::ffff:192.0.2.1]", "x@example.123a"
    })
    void acceptsRfc5321Mailboxes(String address) {
        assertThat(EmailAddresses.problemWith(address)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "plainaddress               | local-part@domain",
        "@example.org               | local-part@domain",
        "ada@                       | local-part@domain",
        "ada.@example.org           | dot-separated atoms",
        ".ada@example.org           | dot-separated atoms",
        "a..b@example.org           | dot-separated atoms",
        "a b@example.org            | dot-separated atoms",
        "a(b)@example.org           | dot-separated atoms",
        "a\"b\"@example.org         | dot-separated atoms",
        "\"unclosed@example.org     | dot-separated atoms",
        "ada@localhost              | two or more labels",
        "ada@example..org           | labels of 1 to 63",
        "ada@-example.org           | labels of 1 to 63",
        "ada@example-.org           | labels of 1 to 63",
        "ada@exa_mple.org           | labels of 1 to 63",
        "ada@example.org.           | labels of 1 to 63",
        "ada@192.0.2.1              | not all digits",
        "ada@[192.0.2.256]          | address literal",
        "ada@[2001:db8::1]          | address literal",
        "ada@[IPv6:2001:db8:::1]    | address literal",
        "ada@[tag:whatever]         | address literal",
        "ada@[]                     | address literal",
        "jörg@example.de            | printable ASCII",
        "ada@bücher.example         | printable ASCII",
    })
    void refusesWhatIsNoMailbox(String address, String problem) {
        assertThat(EmailAddresses.problemWith(address)).contains(problem);
    }

    @Test
    void limitsTheWholeTheLocalPartAndEachLabel() {
        String label = "a".repeat(63);
        String longest = "a".repeat(64) + "@" + label + "." + label + "." + label.substring(0, 57) + ".org";
        assertThat(longest).hasSize(EmailAddresses.MAX_LENGTH);
        assertThat(EmailAddresses.problemWith(longest)).isNull();
        assertThat(EmailAddresses.problemWith("a" + longest)).contains("1 to 254");
        assertThat(EmailAddresses.problemWith("a".repeat(65) + "@example.org")).contains("at most 64");
        assertThat(EmailAddresses.problemWith("a@" + "b".repeat(64) + ".org")).contains("1 to 63");
        assertThat(EmailAddresses.problemWith("")).contains("1 to 254");
        assertThat(EmailAddresses.problemWith(null)).contains("1 to 254");
        assertThat(EmailAddresses.problemWith("ada@example.org\n")).contains("printable ASCII");
        assertThat(EmailAddresses.problemWith("ada\u0000@example.org")).contains("printable ASCII");
    }

    @Test
    void addressesCompareCaseInsensitivelyAndAreKeptAsGiven() {
        assertThat(EmailAddresses.key("Ada@Example.ORG")).isEqualTo(EmailAddresses.key("ada@example.org"));
        assertThat(EmailAddresses.key("ada@example.org")).isNotEqualTo(EmailAddresses.key("ada2@example.org"));
        List<Violation> errors = new ArrayList<>();
        assertThat(EmailAddresses.checked("Ada@Example.ORG", "/Emails/0/EmailAddress", errors)).isEqualTo("Ada@Example.ORG");
        assertThat(EmailAddresses.checked("nope", "/Emails/1/EmailAddress", errors)).isNull();
        assertThat(errors).extracting(Violation::path).containsExactly("/Emails/1/EmailAddress");
    }
}
