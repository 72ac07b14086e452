package org.prefcenter.platform.rules;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags, checked strictly: {@link Locale#forLanguageTag} would accept anything. */
public final class LocaleTags {

    public static final int MAX_LENGTH = 15;

    private LocaleTags() {
    }

    public static boolean isWellFormed(String tag) {
        if (tag.isEmpty() || tag.length() > MAX_LENGTH) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException illFormed) {
            return false;
        }
    }
}
