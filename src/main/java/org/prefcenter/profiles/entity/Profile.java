package org.prefcenter.profiles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
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
import java.util.stream.Stream;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * A customer's profile within one client. Its alternate ids and custom field values are owned
 * (cascade, orphan removal) and keep the order clients gave them, since clients address items by
 * index. The version column guards every change against concurrent updates.
 */
@Entity
@Table(name = "pc_profile")
@NamedQuery(name = Profile.VERSION, query = "select p.version from Profile p where p.id = :id")
public class Profile {

    /** The version of the profile as the database holds it now (not as this persistence context does). */
    public static final String VERSION = "Profile.version";

    @Id
    @SequenceGenerator(name = "profile_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_seq")
    private Long id;

    @Column(name = "client_ref", nullable = false)
    private Long clientRef;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version = 1; // a new profile's first version: EclipseLink writes 1, Hibernate would keep a primitive's 0

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

    /** Emails, phones and postal addresses, each channel in its document order. */
    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<ContactElement> contactElements = new ArrayList<>();

    /** The consents of channel-less consent types (an element's own are the element's). */
    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<ConsentRecord> consents = new ArrayList<>();

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<TopicPreference> preferences = new ArrayList<>();

    protected Profile() {
    }

    /** A new profile; the caller sets its properties before persisting it. */
    public Profile(Long clientRef, String actor, Instant now) {
        this.clientRef = clientRef;
        this.edited = EditInfo.createdBy(actor, now);
    }

    /** Records a change of the profile by the actor. */
    public void modifiedBy(String actor, Instant now) {
        edited.modifiedBy(actor, now);
    }

    /** What the profile's document says of it that a client may write. */
    public ProfileContent content() {
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, customerName == null ? ProfileContent.Name.NONE : customerName.value(),
                defaultLocale,
                alternateIds.stream().map(item -> new AlternateId.Item(item.type(), item.value())).toList(),
                customFields.stream().map(item -> new CustomFieldValue.Item(item.name(), item.value())).toList(),
                elementsOf(Channel.EMAIL).map(ContactElement::email).toList(),
                elementsOf(Channel.PHONE).map(ContactElement::phone).toList(),
                elementsOf(Channel.ADDRESS).map(ContactElement::postalAddress).toList(),
                consents.stream().map(ConsentRecord::value).toList(),
                preferences.stream().map(TopicPreference::value).toList());
    }

    private Stream<ContactElement> elementsOf(Channel channel) {
        return contactElements.stream().filter(element -> element.holds(channel));
    }

    /**
     * Takes the content as the profile's own (validated: see profiles/control); the items it left
     * unstamped are stamped as changed by the actor now.
     */
    public void update(ProfileContent content, String actor, Instant now) {
        isActive = content.isActive();
        registrationConfirmed = content.registrationConfirmed();
        customerType = content.customerType();
        preserveConsents = content.preserveConsents();
        preservePreferences = content.preservePreferences();
        customerName = new CustomerName(content.customerName());
        defaultLocale = content.defaultLocale();
        alternateIds(content.alternateIds());
        customFields(content.customFields());
        contactElements(content, actor, now);
        ConsentRecord.merge(consents, content.consents(), actor, now, () -> new ConsentRecord(this));
        preferences(content.preferences(), actor, now);
    }

    /** An element keeps its row (and its ContactElementId) while the document names its id. */
    private void contactElements(ProfileContent content, String actor, Instant now) {
        Map<Long, ContactElement> existing = new HashMap<>();
        contactElements.forEach(row -> existing.put(row.id(), row));
        List<ContactElement> next = new ArrayList<>();
        for (List<? extends ProfileContent.Element> channel : List.of(content.emails(), content.phones(),
                content.addresses())) {
            for (int i = 0; i < channel.size(); i++) {
                ProfileContent.Element element = channel.get(i);
                ContactElement row = element.id() == null ? null : existing.remove(element.id());
                if (row == null) {
                    row = new ContactElement(this, element.channel());
                }
                row.update(i, element, actor, now);
                next.add(row);
            }
        }
        contactElements.clear();
        contactElements.addAll(next);
    }

    /** A preference keeps its row while its topic, channel and element stay. */
    private void preferences(List<ProfileContent.Preference> wanted, String actor, Instant now) {
        Map<String, TopicPreference> existing = new HashMap<>();
        preferences.forEach(row -> existing.putIfAbsent(row.key(), row));
        List<TopicPreference> next = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            ProfileContent.Preference preference = wanted.get(i);
            TopicPreference row = existing.remove(TopicPreference.key(preference));
            if (row == null) {
                row = new TopicPreference(this);
            }
            row.update(i, preference, actor, now);
            next.add(row);
        }
        preferences.clear();
        preferences.addAll(next);
    }

    /**
     * Reuses the row of an item whose identity is unchanged instead of deleting and re-inserting it:
     * a delete and an insert of the same key in one flush could trip the unique constraint.
     */
    private void alternateIds(List<AlternateId.Item> wanted) {
        Map<String, AlternateId> existing = new HashMap<>();
        alternateIds.forEach(item -> existing.put(item.key(), item));
        List<AlternateId> next = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            AlternateId.Item item = wanted.get(i);
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

    private void customFields(List<CustomFieldValue.Item> wanted) {
        Map<String, CustomFieldValue> existing = new HashMap<>();
        customFields.forEach(item -> existing.put(item.nameKey(), item));
        List<CustomFieldValue> next = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            CustomFieldValue.Item item = wanted.get(i);
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

    public EditInfo edited() {
        return edited;
    }
}
