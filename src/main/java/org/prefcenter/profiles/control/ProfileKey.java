package org.prefcenter.profiles.control;

/** How a request names a profile of its client: by ProfileId, or by one of its alternate ids. */
public sealed interface ProfileKey {

    record Id(long profileId) implements ProfileKey {
    }

    /** Matched case-insensitively, type and value. */
    record AlternateId(String type, String value) implements ProfileKey {
    }

    static ProfileKey of(long profileId) {
        return new Id(profileId);
    }

    static ProfileKey of(String type, String value) {
        return new AlternateId(type, value);
    }
}
