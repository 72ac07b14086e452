package org.prefcenter.profiles.control.patch;

/**
 * Array index tokens as RFC 6901 defines them: {@code 0} or a number without leading zeros,
 * sign or spaces, plus {@code -} for the position after the last element.
 */
final class ArrayIndex {

    /** Returned by {@link #parse} for a token that is not an index. */
    static final int NOT_AN_INDEX = -1;

    static final String END_OF_ARRAY = "-";

    // Up to nine digits always fit in an int; longer numbers saturate, which still reads as
    // "out of bounds" because no JSON array holds Integer.MAX_VALUE elements.
    private static final int MAX_EXACT_DIGITS = 9;

    private ArrayIndex() {
    }

    /** The index written by {@code token}, {@link Integer#MAX_VALUE} if huge, or {@link #NOT_AN_INDEX}. */
    static int parse(String token) {
        int length = token.length();
        if (length == 0 || (length > 1 && token.charAt(0) == '0')) {
            return NOT_AN_INDEX;
        }
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_AN_INDEX;
            }
        }
        return length > MAX_EXACT_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(token);
    }
}
