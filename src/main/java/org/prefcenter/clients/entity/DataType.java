package org.prefcenter.clients.entity;

import java.util.Locale;
import java.util.Optional;

/** The kinds of value a custom field holds; {@link #wireName()} is the name clients send. */
public enum DataType {
    TEXT("Text"),
    NUMERIC("Numeric"),
    BOOLEAN("Boolean"),
    DATE("Date"),
    SELECT_LIST("SelectList");

    private final String wireName;

    DataType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<DataType> fromWireName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (DataType type : values()) {
            if (type.wireName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
