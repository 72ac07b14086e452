package org.prefcenter.profiles.entity;

import java.util.List;

/**
 * What a client writes of a profile: every writable property of its document, as typed values. A
 * profile gives its content ({@link Profile#content()}) and takes a new one ({@link Profile#update});
 * the profile document's reader and validator (profiles/control) make one from JSON.
 */
public record ProfileContent(boolean isActive, boolean registrationConfirmed, String customerType,
        boolean preserveConsents, boolean preservePreferences, Name customerName, String defaultLocale,
        List<AlternateId.Item> alternateIds, List<CustomFieldValue.Item> customFields) {

    public ProfileContent {
        alternateIds = List.copyOf(alternateIds);
        customFields = List.copyOf(customFields);
    }

    /** The customer's name; every part optional. */
    public record Name(String prefix, String firstName, String middleName, String lastName, String suffix) {

        public static final Name NONE = new Name(null, null, null, null, null);
    }

    public ProfileContent withCustomerType(String value) {
        return new ProfileContent(isActive, registrationConfirmed, value, preserveConsents, preservePreferences,
                customerName, defaultLocale, alternateIds, customFields);
    }

    public ProfileContent withDefaultLocale(String value) {
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, customerName, value, alternateIds, customFields);
    }

    public ProfileContent withAlternateIds(List<AlternateId.Item> value) {
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, customerName, defaultLocale, value, customFields);
    }

    public ProfileContent withCustomFields(List<CustomFieldValue.Item> value) {
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, customerName, defaultLocale, alternateIds, value);
    }
}
