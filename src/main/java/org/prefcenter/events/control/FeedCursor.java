package org.prefcenter.events.control;

import java.util.regex.Pattern;
import org.prefcenter.events.entity.ChangeEvent;
import org.prefcenter.platform.rules.Refusal;

/**
 * Where a reader of the feed stands: after the event at this position and id. On the wire an opaque
 * string ({@code "<position>-<id>"}); the start of the feed is {@code "0-0"}.
 */
public record FeedCursor(long position, long id) {

    public static final FeedCursor START = new FeedCursor(0, 0);

    private static final Pattern FORM = Pattern.compile("[0-9]{1,18}-[0-9]{1,18}");

    /** The cursor a client sent back; absent: the start of the feed. */
    public static FeedCursor parse(String text) {
        if (text == null) {
            return START;
        }
        if (!FORM.matcher(text).matches()) {
            throw Refusal.of(Refusal.Kind.INVALID, "the query parameter after must be a cursor the feed gave"
                    + " (its Next), or absent to read from the start");
        }
        int dash = text.indexOf('-');
        return new FeedCursor(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
    }

    public static FeedCursor after(ChangeEvent event) {
        return new FeedCursor(event.position(), event.id());
    }

    @Override
    public String toString() {
        return position + "-" + id;
    }
}
