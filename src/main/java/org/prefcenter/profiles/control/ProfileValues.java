package org.prefcenter.profiles.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prefcenter.profiles.entity.Profile;

/**
 * The validated values of a profile's writable properties, in canonical spelling: what a create or
 * a patch stores. An object's value is the map of its members' values.
 */
public final class ProfileValues {

    private final Map<Property, Object> values;

    ProfileValues(Map<Property, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Whether storing these values would change the profile: a patch that changes nothing stores
     * nothing and leaves Edited as it was.
     */
    public boolean differFrom(Profile profile) {
        return !values.equals(of(profile).values);
    }

    /** Sets every value on the profile. */
    public void writeTo(Profile profile) {
        values.forEach((property, value) -> property.setOn(profile, entityValue(property, value)));
    }

    /** What the profile holds now, in the same form. */
    static ProfileValues of(Profile profile) {
        Map<Property, Object> current = new LinkedHashMap<>();
        for (Property property : ProfileSchema.DOCUMENT.members()) {
            if (!property.isReadOnly()) {
                current.put(property, documentValue(property, property.valueOf(profile)));
            }
        }
        return new ProfileValues(current);
    }

    private static Object documentValue(Property property, Object value) {
        if (property.type() != Property.Type.OBJECT) {
            return value;
        }
        Map<Property, Object> members = new LinkedHashMap<>();
        property.members().forEach(member -> members.put(member, member.valueOf(value)));
        return members;
    }

    @SuppressWarnings("unchecked")
    private static Object entityValue(Property property, Object value) {
        if (property.type() != Property.Type.OBJECT) {
            return value;
        }
        Object object = property.newObject();
        ((Map<Property, Object>) value).forEach((member, memberValue) -> member.setOn(object, memberValue));
        return object;
    }
}
