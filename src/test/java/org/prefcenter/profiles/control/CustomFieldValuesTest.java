package org.prefcenter.profiles.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.CustomFieldDefinition;
import org.prefcenter.clients.entity.DataType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule of each DataType for a custom field's value, at its edges; and the length before it. */
class CustomFieldValuesTest {

    private static final int DEFAULT_MAX_LENGTH = 4000;

    private static final String NUMERIC_PROBLEM = "must be a decimal number such as 42 or -3.5 for a Numeric field,"
            + " of at most 38 significant digits, below 1e38 in magnitude and with at most 38 decimal places";
    private static final String BOOLEAN_PROBLEM = "must be \"true\" or \"false\" for a Boolean field";
    private static final String DATE_PROBLEM = "must be an ISO-8601 date (2026-11-29) or date-time with offset"
            + " for a Date field, in the years 0001 to 9999";

    private static CustomFieldDefinition field(DataType type, List<String> options, int maxLength) {
        return new Client("ACME", "en-US").addCustomField("Field", type, options, maxLength);
    }

    private static CustomFieldDefinition field(DataType type) {
        return field(type, List.of(), DEFAULT_MAX_LENGTH);
    }

    // --- Numeric: DECIMAL(38, s) -------------------------------------------------------------

    static Stream<String> acceptedNumbers() {
        return Stream.of(
                "42", "-3.5", "0", "-0", "0.0", "007",
                "9".repeat(38),                                  // 38 significant digits
                "-" + "9".repeat(38),
                "1." + "2".repeat(37),                           // 38 significant digits, 37 places
                "9." + "9".repeat(37) + "e37",                   // just below 1e38
                "1e37", "1E+37", "-1e37", "10e36",
                "0." + "0".repeat(37) + "1",                     // 38 decimal places
                "1e-38", "1E-38",
                "1e5", "1E5", "1e+5", "2.5E-3", "-2.5e-3");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("acceptedNumbers")
    void numericAccepts(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.NUMERIC), value)).isNull();
    }

    static Stream<String> refusedNumbers() {
        return Stream.of(
                "9".repeat(39),                                  // 39 significant digits
                "1." + "2".repeat(38),                           // 39 significant digits
                "1." + "0".repeat(38),                           // 39 significant digits, though it is 1
                "1e38", "1E+38", "-1e38", "100e36",              // 1e38 in magnitude
                "9." + "9".repeat(38) + "e37",                   // 39 digits, below 1e38
                "0." + "0".repeat(38) + "1",                     // 39 decimal places
                "1e-39",
                "1e999999999",                                   // a BigDecimal, but no column holds it
                "", " ", " 1", "1 ", "\t1", "1\n", "\u00A01",
                "NaN", "nan", "Infinity", "-Infinity",
                "0x10", "1,5", "1_000", "one", "1e", "e5", "--1", "1.2.3", "1e5.5",
                "\u0661", "\uFF11", "\u0661\u0662.\u0663");                // digits other than ASCII: BigDecimal reads them, SQL and consumers do not
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("refusedNumbers")
    void numericRefuses(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.NUMERIC), value)).isEqualTo(NUMERIC_PROBLEM);
    }

    /** BigDecimal's syntax, wider than JSON's numbers: pinned so that a change to it is deliberate. */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"+1", ".5", "5.", "-.5"})
    void numericAcceptsWhatBigDecimalReads(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.NUMERIC), value)).isNull();
    }

    // --- Boolean --------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"true", "false", "TRUE", "FALSE", "True", "False", "tRuE", "fAlSe"})
    void booleanAcceptsTrueAndFalseInAnyCase(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.BOOLEAN), value)).isNull();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"yes", "no", "Y", "t", "f", "1", "0", "on", "", " true", "true ", "truee", "fals",
        "null", "\"true\""})
    void booleanRefusesEverythingElse(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.BOOLEAN), value)).isEqualTo(BOOLEAN_PROBLEM);
    }

    // --- Date -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "2026-11-29", "0001-01-01", "9999-12-31", "2024-02-29",
        "2026-11-29T10:15:30Z", "2026-11-29T10:15:30+01:00", "2026-11-29T10:15:30-05:30",
        "2026-11-29T10:15:30.123456789+14:00", "2026-11-29T10:15Z",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z"})
    void dateAcceptsADateOrADateTimeWithOffsetInTheYears0001To9999(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.DATE), value)).isNull();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "2026-11-29T10:15:30",                                    // a date-time needs its offset
        "2026-11-29T10:15:30.5",
        "0000-01-01", "0000-12-31T23:59:59Z", "-0001-01-01",      // before year 0001
        "10000-01-01", "+10000-01-01", "+10000-01-01T00:00:00Z",  // after year 9999
        "2023-02-29", "2026-02-30", "2026-11-31", "2026-13-01", "2026-00-10",
        "2026-1-5", "20261129", "29.11.2026", "11/29/2026", "2026-11-29Z",
        "2026-11-29T25:00:00Z", "2026-11-29T10:15:30+01:00[Europe/Paris]",
        "", " 2026-11-29", "2026-11-29 ", "today"})
    void dateRefusesEverythingElse(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.DATE), value)).isEqualTo(DATE_PROBLEM);
    }

    // --- SelectList -------------------------------------------------------------------------------

    private static final List<String> TIERS = List.of("Bronze", "Silver", "Gold");

    private static String selectListProblem(String value) {
        return CustomFieldValues.problemWith(field(DataType.SELECT_LIST, TIERS, DEFAULT_MAX_LENGTH), value);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"Gold", "Bronze", "Bronze::Gold", "Gold::Bronze", "Bronze::Silver::Gold"})
    void selectListAcceptsDefinedOptionsJoinedWithDoubleColons(String value) {
        assertThat(selectListProblem(value)).isNull();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" ({1})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // value                | the option named in the problem
        "Platinum               | Platinum",
        "gold                   | gold",            // defined exactly: no case folding
        "\" Gold\"              | \" Gold\"",
        "Gold:Silver            | Gold:Silver",
        "Gold::Platinum         | Platinum",
        "\"\"                   | \"\"",            // the empty string is not an option
        "Gold::                 | \"\"",
        "::Gold                 | \"\"",
        "Gold::::Silver         | \"\"",
    })
    void selectListRefusesAnUnknownOptionNamingIt(String value, String option) {
        assertThat(selectListProblem(value)).isEqualTo("'" + option
                + "' is not an option of this SelectList; options: Bronze, Silver, Gold (several are joined with '::')");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"Gold::Gold", "Gold::Silver::Gold", "Silver::Gold::Gold"})
    void selectListRefusesAnOptionChosenTwice(String value) {
        assertThat(selectListProblem(value)).isEqualTo("'Gold' is chosen twice");
    }

    // --- Text, and the length every type is held to first --------------------------------------------

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("textsOfAtMostFiveCodePoints")
    void textAcceptsAnythingUpToTheMaxLengthInCodePoints(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.TEXT, List.of(), 5), value)).isNull();
    }

    static Stream<String> textsOfAtMostFiveCodePoints() {
        return Stream.of("", "abcde", " ", "     ", EMOJI.repeat(5), "ab" + EMOJI + "cd", "e\u0301e\u0301",
                "\u00E9\u00E9\u00E9\u00E9\u00E9", "1e999", "::");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("textsOfSixCodePoints")
    void textRefusesMoreThanTheMaxLengthInCodePoints(String value) {
        assertThat(CustomFieldValues.problemWith(field(DataType.TEXT, List.of(), 5), value))
                .isEqualTo("must be at most 5 characters long");
    }

    static Stream<String> textsOfSixCodePoints() {
        // e + COMBINING ACUTE ACCENT is one character to a reader but two code points, counted as two
        return Stream.of("abcdef", "      ", EMOJI.repeat(6), "abcd" + EMOJI + "e", "e\u0301e\u0301e\u0301");
    }

    @Test
    void anEmojiCountsOneSoFiveFitWhereTenUtf16UnitsWouldNot() {
        String fiveEmoji = EMOJI.repeat(5);

        assertThat(fiveEmoji).hasSize(10);
        assertThat(CustomFieldValues.problemWith(field(DataType.TEXT, List.of(), 5), fiveEmoji)).isNull();
        assertThat(CustomFieldValues.problemWith(field(DataType.TEXT, List.of(), 4), fiveEmoji))
                .isEqualTo("must be at most 4 characters long");
    }

    @Test
    void theLengthIsCheckedBeforeTheTypeForEveryType() {
        assertThat(CustomFieldValues.problemWith(field(DataType.NUMERIC, List.of(), 3), "1234"))
                .isEqualTo("must be at most 3 characters long");
        assertThat(CustomFieldValues.problemWith(field(DataType.NUMERIC, List.of(), 3), "123")).isNull();
        assertThat(CustomFieldValues.problemWith(field(DataType.BOOLEAN, List.of(), 4), "false"))
                .isEqualTo("must be at most 4 characters long");
        assertThat(CustomFieldValues.problemWith(field(DataType.DATE, List.of(), 9), "2026-11-29"))
                .isEqualTo("must be at most 9 characters long");
        assertThat(CustomFieldValues.problemWith(field(DataType.SELECT_LIST, TIERS, 11), "Bronze::Gold"))
                .isEqualTo("must be at most 11 characters long");
        assertThat(CustomFieldValues.problemWith(field(DataType.SELECT_LIST, TIERS, 12), "Bronze::Gold")).isNull();
    }
}
