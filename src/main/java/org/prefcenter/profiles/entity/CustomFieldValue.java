package org.prefcenter.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.prefcenter.platform.rules.CaseInsensitive;

/** A profile's value for one of its client's custom fields; one per field name per profile. */
@Entity
@Table(name = "pc_profile_custom_field")
public class CustomFieldValue {

    @Id
    @SequenceGenerator(name = "custom_field_value_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_value_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "profile_ref")
    private Profile profile;

    @Column(name = "list_index", nullable = false)
    private int listIndex;

    @Column(nullable = false, length = 94)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "field_value", length = 4000)
    private String value;

    /** A custom field as a profile document holds it; the value may be null. */
    public record Item(String name, String value) {
    }

    protected CustomFieldValue() {
    }

    CustomFieldValue(Profile profile, String name, String value) {
        this.profile = profile;
        this.name = name;
        this.nameKey = CaseInsensitive.key(name);
        this.value = value;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    String nameKey() {
        return nameKey;
    }

    int listIndex() {
        return listIndex;
    }

    void update(int index, String name, String value) {
        this.listIndex = index;
        this.name = name;
        this.value = value;
    }
}
