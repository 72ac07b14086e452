package org.prefcenter.profiles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * One address a person can be reached at: an email address, a phone number (E.164) or a postal
 * address, with the consents given for it. Its id is the document's ContactElementId: it stays with
 * the element across changes of its value, and is never reused.
 */
@Entity
@Table(name = "pc_contact_element")
@NamedQuery(name = ContactElement.PROFILE_IDS_BY_KEY, query = "select distinct e.profileRef from ContactElement e"
        + " where e.clientRef = :client and e.channel = :channel and e.valueKey = :key order by e.profileRef")
@NamedQuery(name = ContactElement.CONSENTS_BY_KEY, query = "select new org.prefcenter.profiles.entity.HeldConsent("
        + "e.profileRef, e.id, e.isActive, c.version, c.status, c.consentDate, c.expirationDate, c.isActive, c.expiryRecorded)"
        + " from ContactElement e left join e.consents c on c.consentType = :type"
        + " where e.clientRef = :client and e.channel = :channel and e.valueKey = :key order by e.profileRef, e.id")
public class ContactElement {

    /** The profiles of a client holding an address (by its {@link #valueKey}), lowest ProfileId first. */
    public static final String PROFILE_IDS_BY_KEY = "ContactElement.profileIdsByKey";
    /** Each element holding an address, with its consent of one type (by its name) or none: ConsentStatus. */
    public static final String CONSENTS_BY_KEY = "ContactElement.consentsByKey";

    @Id
    @SequenceGenerator(name = "contact_element_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_element_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "profile_ref")
    private Profile profile;

    /** The same column, read only: the look-ups select it without joining pc_profile. */
    @Column(name = "profile_ref", insertable = false, updatable = false)
    private Long profileRef;

    @Column(name = "client_ref", nullable = false)
    private Long clientRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "list_index", nullable = false)
    private int listIndex;

    @Column(name = "contact_type", nullable = false, length = 100)
    private String contactType;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "is_active", nullable = false)
    private boolean isActive;

    /** The email address as given, or the phone number in E.164. */
    @Column(length = 254)
    private String address;

    /** The folded email address or the E.164 number: what the look-ups match. */
    @Column(name = "value_key", length = 1024)
    private String valueKey;

    @Column(name = "is_mobile")
    private Boolean isMobile;

    @Column(length = 100)
    private String line1;

    @Column(length = 100)
    private String line2;

    @Column(length = 100)
    private String line3;

    @Column(length = 100)
    private String line4;

    @Column(length = 100)
    private String city;

    @Column(length = 100)
    private String region;

    @Column(name = "postal_code", length = 100)
    private String postalCode;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @OneToMany(mappedBy = "element", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    private List<ConsentRecord> consents = new ArrayList<>();

    protected ContactElement() {
    }

    ContactElement(Profile profile, Channel channel) {
        this.profile = profile;
        this.clientRef = profile.clientRef();
        this.channel = channel;
    }

    /** The key the look-ups by email and phone match. */
    public static String valueKey(Channel channel, String value) {
        return channel == Channel.EMAIL ? CaseInsensitive.key(value) : value;
    }

    public Long id() {
        return id;
    }

    void update(int index, ProfileContent.Element element, String actor, Instant now) {
        listIndex = index;
        contactType = element.contactType();
        isDefault = element.isDefault();
        isActive = element.isActive();
        if (element instanceof ProfileContent.Email email) {
            address = email.address();
            valueKey = valueKey(Channel.EMAIL, email.address());
        } else if (element instanceof ProfileContent.Phone phone) {
            address = phone.number();
            valueKey = valueKey(Channel.PHONE, phone.number());
            isMobile = phone.isMobile();
        } else if (element instanceof ProfileContent.Address postal) {
            List<String> lines = postal.lines();
            line1 = lines.size() > 0 ? lines.get(0) : null;
            line2 = lines.size() > 1 ? lines.get(1) : null;
            line3 = lines.size() > 2 ? lines.get(2) : null;
            line4 = lines.size() > 3 ? lines.get(3) : null;
            city = postal.city();
            region = postal.region();
            postalCode = postal.postalCode();
            countryCode = postal.countryCode();
        }
        ConsentRecord.merge(consents, element.consents(), actor, now, () -> new ConsentRecord(this));
    }

    boolean holds(Channel wanted) {
        return channel == wanted;
    }

    ProfileContent.Email email() {
        return new ProfileContent.Email(id, address, contactType, isDefault, isActive, consents());
    }

    ProfileContent.Phone phone() {
        return new ProfileContent.Phone(id, address, contactType, isMobile, isDefault, isActive, consents());
    }

    ProfileContent.Address postalAddress() {
        return new ProfileContent.Address(id, lines(), city, region, postalCode, countryCode, contactType, isDefault,
                isActive, consents());
    }

    private List<ProfileContent.Consent> consents() {
        return consents.stream().map(ConsentRecord::value).toList();
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>(4);
        for (String line : new String[] {line1, line2, line3, line4}) {
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
