package org.prefcenter.clients.entity;

import java.util.Optional;
import org.prefcenter.platform.rules.CaseInsensitive;

/** How a person is reached: the three kinds of contact element. {@link #wireName()} is the API's name. */
public enum Channel {
    EMAIL("Email"),
    PHONE("Phone"),
    ADDRESS("Address");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The channel a client named, in any ASCII letter case. */
    public static Optional<Channel> fromWireName(String name) {
        String wanted = CaseInsensitive.asciiKey(name);
        for (Channel channel : values()) {
            if (CaseInsensitive.asciiKey(channel.wireName).equals(wanted)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
