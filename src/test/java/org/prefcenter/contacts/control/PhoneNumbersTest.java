package org.prefcenter.contacts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prefcenter.contacts.control.PhoneNumbers.Phone;
import org.prefcenter.platform.rules.Violation;

class PhoneNumbersTest {

    private final List<Violation> errors = new ArrayList<>();

    private Phone read(String value, String locale) {
        return PhoneNumbers.normalised(value, locale, "/Phones/0/PhoneNumber", errors);
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        // national numbers, read in the locale's region
        "020 7123 4567      | en-GB      | +442071234567 | false",
        "07400 123456       | en-GB      | +447400123456 | true",
        "(201) 555-0123     | en-US      | +12015550123  | true",
        "030 1234567        | de-DE      | +49301234567  | false",
        "0151 23456789      | de-DE      | +4915123456789| true",
        "06 12 34 56 78     | fr-FR      | +33612345678  | true",
        "01 23 45 67 89     | fr-FR-x-q  | +33123456789  | false",
        "(514) 555-0199     | fr-CA      | +15145550199  | true",
        // international form, whatever the locale
        "+44 20 7123 4567   | en-US      | +442071234567 | false",
        "+44 (0)20 7123 4567| en         | +442071234567 | false",
        "+1 201-555-0123    | de-CH      | +12015550123  | true",
        "+41 44 668 18 00   | en-GB      | +41446681800  | false",
        "0044 20 7123 4567  | en-GB      | +442071234567 | false",
        "+442071234567      | es-419     | +442071234567 | false",
        "+81 90-1234-5678   | ja         | +819012345678 | true",
    })
    void normalisesToE164AndTellsMobiles(String value, String locale, String e164, boolean mobile) {
        assertThat(read(value.strip(), locale)).isEqualTo(new Phone(e164, mobile));
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "020 7123 4567       | en     | must be in international form",
        "020 7123 4567       | es-419 | must be in international form",
        "020 7123 4567       |        | must be in international form",
        "020 7123 4567       | not a tag | must be in international form",
        "12                  | en-GB  | is not a",
        "+44 20 7123         | en-GB  | is not a valid phone number",
        "555-0123            | en-US  | is not a valid phone number in US",
        "+999 1234 5678      | en-GB  | unknown country code",
        "hello               | en-GB  | is not a phone number",
        "+44 20 7123 4567 ext. 12 | en-GB | without an extension",
        "+1 201 555 0123 x7  | en-US  | without an extension",
    })
    void refusesWhatIsNoValidNumber(String value, String locale, String problem) {
        assertThat(read(value.strip(), locale == null ? null : locale.strip())).isNull();
        assertThat(errors).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("/Phones/0/PhoneNumber");
            assertThat(violation.message()).contains(problem);
        });
    }

    @Test
    void refusesEmptyHugeAndBrokenStrings() {
        assertThat(read("", "en-GB")).isNull();
        assertThat(read("+44" + "1".repeat(PhoneNumbers.MAX_LENGTH), "en-GB")).isNull();
        assertThat(read("+44 20 7123 4567\u0000", "en-GB")).isNull();
        assertThat(read("+44 20 \uD800 7123 4567", "en-GB")).isNull();
        assertThat(read(null, "en-GB")).isNull();
        assertThat(errors).hasSize(5).allSatisfy(violation -> assertThat(violation.message()).isNotBlank());
    }

    @Test
    void theRegionIsTheLocalesWhenTheLibraryKnowsIt() {
        assertThat(PhoneNumbers.region("en-GB")).hasValue("GB");
        assertThat(PhoneNumbers.region("en-gb")).hasValue("GB");
        assertThat(PhoneNumbers.region("zh-Hant-TW")).hasValue("TW");
        assertThat(PhoneNumbers.region("en")).isEmpty();
        assertThat(PhoneNumbers.region("es-419")).isEmpty();
        assertThat(PhoneNumbers.region("en-GB-")).isEmpty();
        assertThat(PhoneNumbers.region(null)).isEmpty();
    }
}
