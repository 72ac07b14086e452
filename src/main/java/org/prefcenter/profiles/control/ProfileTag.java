package org.prefcenter.profiles.control;

import org.prefcenter.platform.http.IfMatch;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.profiles.entity.Profile;

/**
 * A profile's entity tag: its version, as a strong tag (never weak: JAX-RS treats a weak If-Match as
 * a mismatch), the same in its responses and its history; and the If-Match rule that a patch meets.
 */
public final class ProfileTag {

    private ProfileTag() {
    }

    public static String of(Profile profile) {
        return of(profile.version());
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The refusal of a patch whose If-Match names another version than the profile's, or null. */
    public static Refusal mismatch(IfMatch ifMatch, Profile profile) {
        String current = of(profile);
        return ifMatch.matches(current) ? null : Refusal.of(Refusal.Kind.PRECONDITION,
                "If-Match does not match the profile's current ETag " + current + "; read it again and retry");
    }
}
