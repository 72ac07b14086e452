package org.prefcenter.events.entity;

/** The kinds of change event, by the name the feed and the webhooks give them. */
public enum EventType {
    PROFILE_CREATED("Profile.Created"),
    PROFILE_CHANGED("Profile.Changed"),
    /** A consent whose Status or EffectiveStatus changed, or that came or went. */
    CONSENT_CHANGED("Consent.Changed"),
    /** A preference that came, went or changed. */
    PREFERENCE_CHANGED("Preference.Changed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
