package org.prefcenter.platform.rules;

import java.io.Serializable;

/**
 * One thing wrong with what a client sent: which patch operation (its zero-based index) if any,
 * where in the document, and why, in words meant for the client.
 *
 * @param operation the operation's index in a patch, or null outside patches and for a patch as a whole
 * @param path      a JSON Pointer into the document (or the operation's path as sent), or null
 * @param message   what is wrong
 */
public record Violation(Integer operation, String path, String message) implements Serializable {

    public static Violation at(String path, String message) {
        return new Violation(null, path, message);
    }
}
