package org.prefcenter.clients.entity;

import java.util.Optional;
import org.prefcenter.platform.rules.CaseInsensitive;

/** How a person can be reached: the channel of a contact element, a consent type or a topic. */
public enum Channel {
    EMAIL("Email"), PHONE("Phone"), ADDRESS("Address");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    /** The name the API uses. */
    public String wireName() {
        return wireName;
    }

    /** The channel a name stands for, matched case-insensitively (ASCII). */
    public static Optional<Channel> of(String name) {
        for (Channel channel : values()) {
            if (CaseInsensitive.asciiKey(channel.wireName).equals(CaseInsensitive.asciiKey(name))) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
