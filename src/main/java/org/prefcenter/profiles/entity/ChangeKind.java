package org.prefcenter.profiles.entity;

/** What made a change of a profile, under the name the history shows. */
public enum ChangeKind {
    CREATE("Create"),
    PATCH("Patch"),
    MERGE_PATCH("MergePatch");

    private final String wireName;

    ChangeKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
