package org.prefcenter.profiles.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.rules.Refusal;

class ContactKeyTest {

    private static final Client BRITISH = new Client("UK", "en-GB");
    private static final Client REGIONLESS = new Client("ANY", "en");

    @Test
    void anEmailIsMatchedByItsFoldedKey() {
        assertThat(ContactKey.of("Ada.Lovelace@Example.ORG", null, BRITISH))
                .isEqualTo(new ContactKey(Channel.EMAIL, "ada.lovelace@example.org"));
    }

    @Test
    void aPhoneIsNormalisedANationalNumberInTheRegionOfTheClientsLocale() {
        assertThat(ContactKey.of(null, "020 7123 4567", BRITISH)).isEqualTo(new ContactKey(Channel.PHONE, "+442071234567"));
        assertThat(ContactKey.of(null, "+44 20 7123 4567", REGIONLESS))
                .isEqualTo(new ContactKey(Channel.PHONE, "+442071234567"));
    }

    @Test
    void exactlyOneOfTheTwoIsRequired() {
        refused(null, null, "exactly one of the query parameters email and phone");
        refused("ada@example.org", "+442071234567", "exactly one of the query parameters email and phone");
    }

    @Test
    void aMalformedAddressIsRefusedNamingItsParameter() {
        refused("", null, "the query parameter email must be an email address");
        refused("ada@", null, "the query parameter email must be an email address");
        refused(null, "not a number", "the query parameter phone is not a phone number");
        refused(null, "020 7123 456", "the query parameter phone is not a valid phone number in GB (national numbers"
                + " are read in the region of the client's DefaultLocale (en-GB))");
        assertThatThrownBy(() -> ContactKey.of(null, "020 7123 4567", REGIONLESS)).isInstanceOf(Refusal.class)
                .hasMessageContaining("must be in international form").hasMessageContaining("the client's DefaultLocale (en)");
    }

    private static void refused(String email, String phone, String detail) {
        assertThatThrownBy(() -> ContactKey.of(email, phone, BRITISH)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID)).hasMessageContaining(detail);
    }
}
