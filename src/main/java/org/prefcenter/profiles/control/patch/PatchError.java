package org.prefcenter.profiles.control.patch;

import java.io.Serializable;

/**
 * One problem with a patch.
 *
 * @param operation the zero-based index of the operation in the patch document, or -1 when the
 *                  problem concerns the document as a whole (not an array, too many operations)
 * @param path      the operation's {@code path} exactly as sent, or {@code null} when it was missing
 *                  or not a string; it may be long, so callers echoing it should bound its length
 * @param message   a human-readable explanation meant for the client
 */
public record PatchError(int operation, String path, String message) implements Serializable {
}
