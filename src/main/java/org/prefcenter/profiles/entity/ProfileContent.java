package org.prefcenter.profiles.entity;

import java.util.List;

/**
 * Everything about a profile that a client can set, validated and in canonical spelling. Two equal
 * contents mean nothing to store: a patch that leaves it unchanged keeps Edited as it was.
 */
public record ProfileContent(boolean isActive, boolean registrationConfirmed, String customerType,
        boolean preserveConsents, boolean preservePreferences, Name customerName, String defaultLocale,
        List<Identifier> alternateIds, List<Field> customFields) {

    public ProfileContent {
        alternateIds = List.copyOf(alternateIds);
        customFields = List.copyOf(customFields);
    }

    public record Name(String prefix, String firstName, String middleName, String lastName, String suffix) {
        public static final Name EMPTY = new Name(null, null, null, null, null);
    }

    public record Identifier(String type, String value) {
    }

    /** A custom field's value; the value may be null. */
    public record Field(String name, String value) {
    }
}
