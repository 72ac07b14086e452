package org.prefcenter.platform;

/**
 * One entry of a problem's {@code errors} array: what was wrong, where in the document, and for a
 * patch which operation (its index) caused it; {@code operation} is null outside patches.
 */
public record ProblemDetail(Integer operation, String path, String message) {

    public static ProblemDetail at(String path, String message) {
        return new ProblemDetail(null, path, message);
    }
}
