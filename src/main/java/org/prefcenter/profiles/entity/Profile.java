package org.prefcenter.profiles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prefcenter.platform.CaseInsensitive;

/**
 * A customer's profile within one client. Its alternate ids and custom field values are owned
 * (cascade, orphan removal) and keep the order clients gave them, since clients address items by
 * index. The version column guards every change against concurrent updates.
 */
@Entity
@Table(name = "pc_profile")
public class Profile {

    @Id
    @SequenceGenerator(name = "profile_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_seq")
    private Long id;

    @Column(name = "client_ref", nullable = false)
    private Long clientRef;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @Column(name = "is_active", nullable = false)
    private boolean isActive;

    @Column(name = "registration_confirmed", nullable = false)
    private boolean registrationConfirmed;

    @Column(name = "customer_type", nullable = false, length = 100)
    private String customerType;

    @Column(name = "preserve_consents", nullable = false)
    private boolean preserveConsents;

    @Column(name = "preserve_preferences", nullable = false)
    private boolean preservePreferences;

    /** Null when every part is null: JPA does not keep an empty embeddable. */
    @Embedded
    private CustomerName customerName;

    @Column(name = "default_locale", nullable = false, length = 15)
    private String defaultLocale;

    @Embedded
    private EditInfo edited;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<AlternateId> alternateIds = new ArrayList<>();

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<CustomFieldValue> customFields = new ArrayList<>();

    protected Profile() {
    }

    public Profile(Long clientRef, ProfileContent content, String actor, Instant now) {
        this.clientRef = clientRef;
        this.edited = EditInfo.createdBy(actor, now);
        apply(content);
    }

    /** Applies the content if it differs from the current one; answers whether anything changed. */
    public boolean change(ProfileContent content, String actor, Instant now) {
        if (content.equals(content())) {
            return false;
        }
        apply(content);
        edited.modifiedBy(actor, now);
        return true;
    }

    public ProfileContent content() {
        CustomerName name = customerName();
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences,
                new ProfileContent.Name(name.prefix(), name.firstName(), name.middleName(), name.lastName(),
                        name.suffix()),
                defaultLocale,
                alternateIds.stream().map(item -> new ProfileContent.Identifier(item.type(), item.value())).toList(),
                customFields.stream().map(item -> new ProfileContent.Field(item.name(), item.value())).toList());
    }

    private void apply(ProfileContent content) {
        isActive = content.isActive();
        registrationConfirmed = content.registrationConfirmed();
        customerType = content.customerType();
        preserveConsents = content.preserveConsents();
        preservePreferences = content.preservePreferences();
        ProfileContent.Name name = content.customerName();
        customerName = name.equals(ProfileContent.Name.EMPTY) ? null
                : new CustomerName(name.prefix(), name.firstName(), name.middleName(), name.lastName(), name.suffix());
        defaultLocale = content.defaultLocale();
        syncAlternateIds(content.alternateIds());
        syncCustomFields(content.customFields());
    }

    /**
     * Reuses the row of an item whose identity is unchanged instead of deleting and re-inserting it:
     * a delete and an insert of the same key in one flush could trip the unique constraint.
     */
    private void syncAlternateIds(List<ProfileContent.Identifier> wanted) {
        Map<String, AlternateId> existing = new HashMap<>();
        alternateIds.forEach(item -> existing.put(item.key(), item));
        List<AlternateId> next = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            ProfileContent.Identifier item = wanted.get(i);
            AlternateId row = existing.remove(AlternateId.key(item.type(), item.value()));
            if (row == null) {
                row = new AlternateId(this, item.type(), item.value());
            }
            row.update(i, item.type(), item.value());
            next.add(row);
        }
        alternateIds.clear();
        alternateIds.addAll(next);
    }

    private void syncCustomFields(List<ProfileContent.Field> wanted) {
        Map<String, CustomFieldValue> existing = new HashMap<>();
        customFields.forEach(item -> existing.put(item.nameKey(), item));
        List<CustomFieldValue> next = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            ProfileContent.Field item = wanted.get(i);
            CustomFieldValue row = existing.remove(CaseInsensitive.key(item.name()));
            if (row == null) {
                row = new CustomFieldValue(this, item.name(), item.value());
            }
            row.update(i, item.name(), item.value());
            next.add(row);
        }
        customFields.clear();
        customFields.addAll(next);
    }

    /** Whether this profile has the alternate id, compared case-insensitively. */
    public boolean holds(String type, String value) {
        String key = AlternateId.key(type, value);
        return alternateIds.stream().anyMatch(item -> item.key().equals(key));
    }

    public Long id() {
        return id;
    }

    public Long clientRef() {
        return clientRef;
    }

    public long version() {
        return version;
    }

    public boolean isActive() {
        return isActive;
    }

    public boolean registrationConfirmed() {
        return registrationConfirmed;
    }

    public String customerType() {
        return customerType;
    }

    public boolean preserveConsents() {
        return preserveConsents;
    }

    public boolean preservePreferences() {
        return preservePreferences;
    }

    public CustomerName customerName() {
        return customerName == null ? new CustomerName(null, null, null, null, null) : customerName;
    }

    public String defaultLocale() {
        return defaultLocale;
    }

    public EditInfo edited() {
        return edited;
    }

    public List<AlternateId> alternateIds() {
        return List.copyOf(alternateIds);
    }

    public List<CustomFieldValue> customFields() {
        return List.copyOf(customFields);
    }
}
