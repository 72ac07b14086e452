package org.prefcenter.events.entity;

/** The kinds of change event, by the name the feed and the webhooks give them. */
public enum EventType {
    PROFILE_CREATED("Profile.Created"),
    PROFILE_CHANGED("Profile.Changed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
