package org.prefcenter.webhooks.entity;

/** Whether a subscription's events are being delivered. */
public enum SubscriptionState {
    ACTIVE("Active"),
    /** Stopped, by its ClientAdmin or after failing for too long; its cursor stays where it was. */
    PAUSED("Paused");

    private final String wireName;

    SubscriptionState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static SubscriptionState ofWireName(String name) {
        for (SubscriptionState state : values()) {
            if (state.wireName.equals(name)) {
                return state;
            }
        }
        return null;
    }
}
