package org.prefcenter.profiles.entity;

/** What made a change of a profile, under the name the history shows. */
public enum ChangeKind {
    CREATE("Create"),
    PATCH("Patch"),
    MERGE_PATCH("MergePatch"),
    /** Consents past their expiration date, recorded Expired by the server. */
    EXPIRY("Expiry");

    private final String wireName;

    ChangeKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
