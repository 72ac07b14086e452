package org.prefcenter.profiles.control;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.Supplier;
import org.prefcenter.platform.json.PropertyNames;

/**
 * One property of the profile document, as {@link ProfileSchema} declares it: its JSON name and
 * type, whether it may be null or is read-only, its length limits, its default, its extra rule, and
 * how it maps to the entity. The document writer, the reader and the path rules are driven by it.
 *
 * <p>Values travel as plain Java values: Boolean, String, Long, Instant, a {@code Map<Property, Object>}
 * of member values for an object, and a list of item records for an array.
 */
final class Property {

    enum Type {
        BOOLEAN, STRING, INTEGER, TIMESTAMP, OBJECT, ARRAY
    }

    /** A check beyond type and length: the canonical value, or null after reporting what is wrong. */
    @FunctionalInterface
    interface Rule {
        String check(String value, String path, ProfileReader reader);
    }

    /** Builds an array item from its member values, checking what only the whole item can tell. */
    @FunctionalInterface
    interface ItemRule {
        Object item(Map<Property, Object> members, String path, ProfileReader reader, Set<String> seen);
    }

    private final String name;
    private final Type type;
    private final Function<Object, Object> get;
    private boolean nullable;
    private boolean readOnly;
    private int minLength;
    private int maxLength = Integer.MAX_VALUE;
    private Function<ProfileReader, Object> byDefault;
    private Rule rule;
    private BiConsumer<Object, Object> set;
    private List<Property> members = List.of();
    private Supplier<Object> create;
    private ItemRule itemRule;
    private ToIntFunction<ProfileReader> maxItems;
    private String itemsName;
    private PropertyNames names;

    private Property(String name, Type type, Function<Object, Object> get) {
        this.name = name;
        this.type = type;
        this.get = get;
    }

    /** @param get reads the value from its owner: the profile, an embedded object, or an item record */
    @SuppressWarnings("unchecked")
    static <O> Property of(String name, Type type, Function<O, ?> get) {
        return new Property(name, type, (Function<Object, Object>) get);
    }

    Property nullable() {
        nullable = true;
        return this;
    }

    Property readOnly() {
        readOnly = true;
        return this;
    }

    Property length(int min, int max) {
        minLength = min;
        maxLength = max;
        return this;
    }

    /** The value at create when the property is absent (or null, for strings and arrays). */
    Property byDefault(Function<ProfileReader, Object> value) {
        byDefault = value;
        return this;
    }

    Property rule(Rule check) {
        rule = check;
        return this;
    }

    @SuppressWarnings("unchecked")
    <O, T> Property set(BiConsumer<O, T> setter) {
        set = (BiConsumer<Object, Object>) setter;
        return this;
    }

    /** An object's members, and how to make the embedded object they are set on. */
    @SuppressWarnings("unchecked")
    <O> Property members(Supplier<O> newObject, Property... properties) {
        create = (Supplier<Object>) newObject;
        return members(properties);
    }

    /** An array's item members, and how an item is built and checked. */
    Property items(ItemRule rule, Property... properties) {
        itemRule = rule;
        return members(properties);
    }

    /** At most this many items (a deployment setting, which the reader knows), named so in errors. */
    Property maxItems(ToIntFunction<ProfileReader> cap, String name) {
        maxItems = cap;
        itemsName = name;
        return this;
    }

    /** An object's members, when the object is only ever written (the document, read-only objects). */
    Property members(Property... properties) {
        members = List.of(properties);
        Set<String> writable = new HashSet<>();
        Set<String> ignored = new HashSet<>();
        for (Property member : members) {
            (member.readOnly ? ignored : writable).add(member.name);
        }
        names = new PropertyNames(writable, ignored);
        return this;
    }

    String name() {
        return name;
    }

    Type type() {
        return type;
    }

    boolean isNullable() {
        return nullable;
    }

    boolean isReadOnly() {
        return readOnly;
    }

    int minLength() {
        return minLength;
    }

    int maxLength() {
        return maxLength;
    }

    Function<ProfileReader, Object> byDefault() {
        return byDefault;
    }

    Rule rule() {
        return rule;
    }

    List<Property> members() {
        return members;
    }

    /** The members' names, matched case-insensitively; read-only ones are accepted and dropped. */
    PropertyNames names() {
        return names;
    }

    ItemRule itemRule() {
        return itemRule;
    }

    /** The most items an array may hold, or {@link Integer#MAX_VALUE}. */
    int maxItems(ProfileReader reader) {
        return maxItems == null ? Integer.MAX_VALUE : maxItems.applyAsInt(reader);
    }

    String itemsName() {
        return itemsName;
    }

    Object newObject() {
        return create.get();
    }

    /** The value as its owner holds it. */
    Object valueOf(Object owner) {
        return get.apply(owner);
    }

    void setOn(Object owner, Object value) {
        set.accept(owner, value);
    }
}
