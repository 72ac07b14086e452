package org.prefcenter.clients.entity;

import org.prefcenter.platform.rules.CaseInsensitive;
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
        String wanted = CaseInsensitive.asciiKey(name);
        for (DataType type : values()) {
            if (CaseInsensitive.asciiKey(type.wireName).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
