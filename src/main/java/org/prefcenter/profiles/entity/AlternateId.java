package org.prefcenter.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * One of a profile's identifiers in its client's systems. The folded type and value, with the
 * client, are unique: that constraint makes "one profile per (type, id)" hold under races, and its
 * index serves the case-insensitive lookup.
 */
@Entity
@Table(name = "pc_profile_alternate_id")
@NamedQuery(name = AlternateId.PROFILE_ID_BY_KEY, query = "select a.profile.id from AlternateId a"
        + " where a.clientRef = :client and a.typeKey = :type and a.valueKey = :value")
@NamedQuery(name = AlternateId.PROFILE_BY_KEY, query = "select a.profile from AlternateId a"
        + " where a.clientRef = :client and a.typeKey = :type and a.valueKey = :value")
@NamedQuery(name = AlternateId.ROW_VERSION_BY_KEY, query = "select p.id, p.version, p.edited.modifiedDate"
        + " from AlternateId a join a.profile p where a.clientRef = :client and a.typeKey = :type and a.valueKey = :value")
public class AlternateId {

    /** Which profile holds the folded key, at which version and modified date: no entity built. */
    public static final String ROW_VERSION_BY_KEY = "AlternateId.rowVersionByKey";

    public static final String PROFILE_ID_BY_KEY = "AlternateId.profileIdByKey";

    /** The profile that holds the folded key, in one statement (for a read that takes no lock). */
    public static final String PROFILE_BY_KEY = "AlternateId.profileByKey";

    @Id
    @SequenceGenerator(name = "alternate_id_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alternate_id_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "profile_ref")
    private Profile profile;

    /** Denormalised from the profile so that the unique constraint can span the client. */
    @Column(name = "client_ref", nullable = false)
    private Long clientRef;

    @Column(name = "list_index", nullable = false)
    private int listIndex;

    @Column(name = "id_type", nullable = false, length = 64)
    private String type;

    @Column(name = "id_value", nullable = false, length = 256)
    private String value;

    @Column(name = "type_key", nullable = false)
    private String typeKey;

    @Column(name = "value_key", nullable = false)
    private String valueKey;

    /** An alternate id as a profile document holds it: its type's name and its value. */
    public record Item(String type, String value) {
    }

    protected AlternateId() {
    }

    AlternateId(Profile profile, String type, String value) {
        this.profile = profile;
        this.clientRef = profile.clientRef();
        this.type = type;
        this.value = value;
        this.typeKey = CaseInsensitive.key(type);
        this.valueKey = CaseInsensitive.key(value);
    }

    /** The identity that makes two items the same alternate id. */
    public static String key(String type, String value) {
        return CaseInsensitive.key(type) + '\u0000' + CaseInsensitive.key(value);
    }

    String key() {
        return typeKey + '\u0000' + valueKey;
    }

    public String type() {
        return type;
    }

    public String value() {
        return value;
    }

    int listIndex() {
        return listIndex;
    }

    /** Keeps the stored spelling in step when only the letter case changed. */
    void update(int index, String type, String value) {
        this.listIndex = index;
        this.type = type;
        this.value = value;
    }
}
