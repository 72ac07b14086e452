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
import java.util.Optional;

/**
 * One stored change of a profile: the version it produced, who made it and when (the profile's
 * Edited.Modified* of that version), what kind of request it was, and the change itself as an RFC
 * 6902 patch (JSON text) from the previous document to the new one, with the request as sent and the
 * changed values. Written once; retention later sets the base of the oldest entry it keeps.
 */
@Entity
@Table(name = "pc_profile_change")
@IdClass(ProfileChange.Key.class)
@NamedQuery(name = ProfileChange.NEWEST_BEFORE, query = "select c from ProfileChange c"
        + " where c.profileRef = :profile and c.version < :before order by c.version desc")
@NamedQuery(name = ProfileChange.PROFILES_WITH_ENTRIES_BEFORE, query = "select distinct c.profileRef"
        + " from ProfileChange c where c.modifiedDate < :cutoff")
@NamedQuery(name = ProfileChange.OLDEST_FIRST, query = "select c from ProfileChange c"
        + " where c.profileRef = :profile order by c.version")
@NamedQuery(name = ProfileChange.DELETE_BEFORE_VERSION, query = "delete from ProfileChange c"
        + " where c.profileRef = :profile and c.version < :version")
public class ProfileChange {

    public static final String NEWEST_BEFORE = "ProfileChange.newestBefore";
    public static final String PROFILES_WITH_ENTRIES_BEFORE = "ProfileChange.profilesWithEntriesBefore";
    public static final String OLDEST_FIRST = "ProfileChange.oldestFirst";
    public static final String DELETE_BEFORE_VERSION = "ProfileChange.deleteBeforeVersion";

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

    /** Null on entries written before schema version 4. */
    @Column(name = "change_request")
    private String request;

    /** Null on entries written before schema version 4. */
    @Column(name = "change_list")
    private String changes;

    /** Set by retention on the oldest entry it keeps: the document before this change. */
    @Column(name = "base_document")
    private String base;

    protected ProfileChange() {
    }

    public ProfileChange(Profile profile, ChangeKind kind, String request, String changes, String patch) {
        this.profileRef = profile.id();
        this.version = profile.version();
        this.modifiedBy = profile.edited().modifiedBy();
        this.modifiedDate = LocalDateTime.ofInstant(profile.edited().modifiedDate(), ZoneOffset.UTC);
        this.kind = kind;
        this.request = request;
        this.changes = changes;
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

    /** The request as sent, JSON text; empty on entries older than the column. */
    public Optional<String> request() {
        return Optional.ofNullable(request);
    }

    /** The list of changed values, JSON text; empty on entries older than the column. */
    public Optional<String> changes() {
        return Optional.ofNullable(changes);
    }

    /** The document before this change, JSON text, once older entries were removed. */
    public Optional<String> base() {
        return Optional.ofNullable(base);
    }

    public void base(String document) {
        this.base = document;
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
