package org.prefcenter.contacts.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;

/**
 * Phone numbers checked against each region's numbering plan with Google's libphonenumber, and
 * normalised to E.164 ({@code +442071234567}). A national number ({@code 020 7123 4567}) is read in
 * the region of a BCP 47 locale ({@code en-GB}: GB); with a locale that names no region (or one the
 * library does not know, {@code es-419}) only the international form ({@code +44...}) is read.
 */
public final class PhoneNumbers {

    /** Far more than any number with its spaces and punctuation; the library reads at most 250. */
    public static final int MAX_LENGTH = 64;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** libphonenumber's "unknown region": only numbers that start with '+' parse in it. */
    private static final String NO_REGION = "ZZ";
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE);

    /**
     * A valid number.
     *
     * @param e164     the number in E.164, as it is stored and returned
     * @param isMobile whether it takes text messages: the plan says mobile, or cannot tell fixed
     *                 line from mobile (as in the US, where both share the ranges)
     */
    public record Phone(String e164, boolean isMobile) {
    }

    private PhoneNumbers() {
    }

    /** The number of a profile normalised, or null with a violation at {@code path}. */
    public static Phone normalised(String value, String localeTag, String path, List<Violation> errors) {
        return normalised(value, localeTag, "the profile's DefaultLocale", path, errors);
    }

    /**
     * The number normalised, or null with a violation at {@code path}.
     *
     * @param localeOf whose locale {@code localeTag} is, as a violation names it ("the client's DefaultLocale")
     */
    public static Phone normalised(String value, String localeTag, String localeOf, String path,
            List<Violation> errors) {
        String problem = value == null ? "is required" : Text.problemWith(value, 1, MAX_LENGTH);
        if (problem != null) {
            errors.add(Violation.at(path, problem));
            return null;
        }
        Optional<String> region = region(localeTag);
        PhoneNumber number;
        try {
            number = UTIL.parse(value, region.orElse(NO_REGION));
        } catch (NumberParseException unreadable) {
            errors.add(Violation.at(path, unreadableBecause(unreadable, value, region, localeOf)));
            return null;
        }
        if (number.hasExtension()) {
            errors.add(Violation.at(path, "must be a number without an extension: E.164 has none"));
            return null;
        }
        if (!UTIL.isValidNumber(number)) {
            errors.add(Violation.at(path, "is not a valid phone number" + region.map(r -> " in " + r
                    + " (national numbers are read in the region of " + localeOf + ")").orElse("")
                    + ": '" + Text.excerpt(value) + "'"));
            return null;
        }
        return new Phone(UTIL.format(number, PhoneNumberFormat.E164), MOBILE.contains(UTIL.getNumberType(number)));
    }

    /** The region (ISO 3166-1 alpha-2) a locale names, if libphonenumber knows it. */
    static Optional<String> region(String localeTag) {
        if (localeTag == null) {
            return Optional.empty();
        }
        try {
            String country = new Locale.Builder().setLanguageTag(localeTag).build().getCountry();
            return UTIL.getSupportedRegions().contains(country) ? Optional.of(country) : Optional.empty();
        } catch (IllformedLocaleException notATag) {
            return Optional.empty();
        }
    }

    private static String unreadableBecause(NumberParseException unreadable, String value, Optional<String> region,
            String localeOf) {
        if (unreadable.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE) {
            return region.isEmpty() && !value.strip().startsWith("+")
                    ? "must be in international form (+ and the country code, such as +44 20 7123 4567): "
                            + localeOf + " names no region to read a national number in"
                    : "has an unknown country code";
        }
        return "is not a phone number: '" + Text.excerpt(value) + "'";
    }
}
