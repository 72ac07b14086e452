package org.prefcenter.profiles.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.prefcenter.clients.entity.CustomFieldDefinition;
import org.prefcenter.platform.rules.Text;

/** Whether a custom field value suits its definition: length, then the rule of its DataType. */
final class CustomFieldValues {

    static final String OPTION_SEPARATOR = "::";

    private CustomFieldValues() {
    }

    /** Null when the value is valid, else what is wrong with it. */
    static String problemWith(CustomFieldDefinition definition, String value) {
        if (Text.length(value) > definition.maxLength()) {
            return "must be at most " + definition.maxLength() + " characters long";
        }
        return switch (definition.dataType()) {
            case TEXT -> null;
            case NUMERIC -> isNumber(value) ? null : "must be a decimal number such as 42 or -3.5 for a Numeric field,"
                    + " of at most " + MAX_DIGITS + " significant digits, below 1e" + MAX_DIGITS + " in magnitude and with"
                    + " at most " + MAX_DIGITS + " decimal places";
            case BOOLEAN -> isBoolean(value) ? null : "must be \"true\" or \"false\" for a Boolean field";
            case DATE -> isDate(value) ? null
                    : "must be an ISO-8601 date (2026-11-29) or date-time with offset for a Date field, in the years"
                    + " 0001 to 9999";
            case SELECT_LIST -> selectListProblem(definition.options(), value);
        };
    }

    /**
     * Numeric values fit SQL's DECIMAL(38, s) and a consumer's decimal types: "1e999999999" is a
     * BigDecimal, but no database column or double holds it.
     */
    static final int MAX_DIGITS = 38;

    /** Years as SQL DATE and ISO 8601 without expansion write them: 0001 to 9999. */
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    /** ASCII only: BigDecimal also reads other scripts' digits ("\u0661"), which SQL and consumers do not. */
    private static final Pattern NUMBER_CHARACTERS = Pattern.compile("[-+.0-9eE]{1,100}");

    private static boolean isNumber(String value) {
        if (!NUMBER_CHARACTERS.matcher(value).matches()) {
            return false;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            return number.precision() <= MAX_DIGITS && number.precision() - number.scale() <= MAX_DIGITS
                    && number.scale() <= MAX_DIGITS;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean isBoolean(String value) {
        String folded = value.toLowerCase(Locale.ROOT);
        return folded.equals("true") || folded.equals("false");
    }

    private static boolean isDate(String value) {
        try {
            return withinYears(LocalDate.parse(value).getYear());
        } catch (DateTimeParseException notADate) {
            try {
                return withinYears(OffsetDateTime.parse(value).getYear());
            } catch (DateTimeParseException notADateTime) {
                return false;
            }
        }
    }

    private static boolean withinYears(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static String selectListProblem(List<String> options, String value) {
        Set<String> chosen = new HashSet<>();
        for (String option : value.split(OPTION_SEPARATOR, -1)) {
            if (!options.contains(option)) {
                return "'" + option + "' is not an option of this SelectList; options: " + String.join(", ", options)
                        + " (several are joined with '::')";
            }
            if (!chosen.add(option)) {
                return "'" + option + "' is chosen twice";
            }
        }
        return null;
    }
}
