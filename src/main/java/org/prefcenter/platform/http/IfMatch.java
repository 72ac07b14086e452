package org.prefcenter.platform.http;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code If-Match} precondition (RFC 9110 13.1.1), compared strongly: absent or {@code *}
 * matches any current representation; otherwise one of the listed strong tags must equal it.
 */
public final class IfMatch {

    private static final IfMatch ANY = new IfMatch(null);

    private final List<String> tags;

    private IfMatch(List<String> tags) {
        this.tags = tags;
    }

    public static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return ANY;
        }
        List<String> tags = new ArrayList<>();
        for (String tag : header.split(",")) {
            tags.add(tag.trim());
        }
        return new IfMatch(tags);
    }

    public boolean isPresent() {
        return tags != null;
    }

    /** Weak tags ({@code W/"..."}) never match: If-Match uses the strong comparison. */
    public boolean matches(String currentTag) {
        return tags == null || tags.contains(currentTag);
    }
}
