package org.prefcenter.profiles.control;

/** One broken rule of the profile document: its HTTP status (400, 404 or 409), where, and why. */
public record Violation(int status, String path, String message) {
}
