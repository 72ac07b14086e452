package org.prefcenter.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One stored change of a profile: the version it produced, who made it and when (the profile's
 * Edited.Modified* of that version), what kind of request it was, and the change itself as an RFC
 * 6902 patch (JSON text) from the previous document to the new one. Written once, never updated.
 */
@Entity
@Table(name = "pc_profile_change")
@IdClass(ProfileChange.Key.class)
@NamedQuery(name = ProfileChange.NEWEST_BEFORE, query = "select c from ProfileChange c"
        + " where c.profileRef = :profile and c.version < :before order by c.version desc")
@NamedQuery(name = ProfileChange.DELETE_OLDER_THAN, query = "delete from ProfileChange c"
        + " where c.modifiedDate < :cutoff")
public class ProfileChange {

    public static final String NEWEST_BEFORE = "ProfileChange.newestBefore";
    public static final String DELETE_OLDER_THAN = "ProfileChange.deleteOlderThan";

    @Id
    @Column(name = "profile_ref")
    private Long profileRef;

    @Id
    @Column(name = "profile_version")
    private Long version;

    @Column(name = "modified_by", nullable = false, length = 256)
    private String modifiedBy;

    @Column(name = "modified_date", nullable = false)
    private LocalDateTime modifiedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 16)
    private ChangeKind kind;

    @Column(name = "change_patch", nullable = false)
    private String patch;

    protected ProfileChange() {
    }

    public ProfileChange(Profile profile, ChangeKind kind, String patch) {
        this.profileRef = profile.id();
        this.version = profile.version();
        this.modifiedBy = profile.edited().modifiedBy();
        this.modifiedDate = LocalDateTime.ofInstant(profile.edited().modifiedDate(), ZoneOffset.UTC);
        this.kind = kind;
        this.patch = patch;
    }

    public long version() {
        return version;
    }

    public String modifiedBy() {
        return modifiedBy;
    }

    public Instant modifiedDate() {
        return modifiedDate.toInstant(ZoneOffset.UTC);
    }

    public ChangeKind kind() {
        return kind;
    }

    /** The RFC 6902 patch as JSON text. */
    public String patch() {
        return patch;
    }

    /** The primary key: a profile and one of its versions. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long profileRef;
        private Long version;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(profileRef, key.profileRef)
                    && Objects.equals(version, key.version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(profileRef, version);
        }
    }
}
