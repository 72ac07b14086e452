package org.prefcenter.profiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * A consent as stored: what a person decided about one consent type, for one contact element or
 * (channel-less types) for the profile itself, with its evidence and who recorded it when.
 */
@Entity
@Table(name = "pc_consent")
@NamedQuery(name = ConsentRecord.PROFILES_WITH_EXPIRIES_DUE, query = "select distinct coalesce(p.id, ep.id)"
        + " from ConsentRecord c left join c.profile p left join c.element e left join e.profile ep"
        + " where c.expiryRecorded = false and c.expirationDate <= :now and c.status <> :notSet")
public class ConsentRecord {

    /** The profiles holding a consent past its expiration date whose expiry is not recorded yet. */
    public static final String PROFILES_WITH_EXPIRIES_DUE = "ConsentRecord.profilesWithExpiriesDue";

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "element_ref")
    private ContactElement element;

    @ManyToOne
    @JoinColumn(name = "profile_ref")
    private Profile profile;

    @Column(name = "list_index", nullable = false)
    private int listIndex;

    @Column(name = "consent_type", nullable = false, length = 100)
    private String consentType;

    @Column(name = "type_version", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsentStatus status;

    @Column(length = 15)
    private String locale;

    @Column(name = "consent_date", nullable = false)
    private LocalDateTime consentDate;

    @Column(name = "expiration_date")
    private LocalDateTime expirationDate;

    @Column(name = "collection_point", length = 200)
    private String collectionPoint;

    @Column(name = "source_url", length = 2000)
    private String sourceUrl;

    @Column(name = "user_agent", length = 1000)
    private String userAgent;

    @Column(name = "ip_address", length = 64)
    private String ipAddress;

    @Column(name = "is_active", nullable = false)
    private boolean isActive;

    /** Its expiry recorded (by a change of the profile, or by {@code ConsentExpiry} soon after the moment). */
    @Column(name = "expiry_recorded", nullable = false)
    private boolean expiryRecorded;

    @Embedded
    private EditInfo edited;

    protected ConsentRecord() {
    }

    ConsentRecord(ContactElement element) {
        this.element = element;
    }

    ConsentRecord(Profile profile) {
        this.profile = profile;
    }

    /**
     * Makes {@code rows} hold {@code wanted}, in its order: a consent of a type already held keeps its
     * row; one the validator left unstamped ({@code edited} null) is stamped changed by the actor now.
     */
    static void merge(List<ConsentRecord> rows, List<ProfileContent.Consent> wanted, String actor, Instant now,
            Supplier<ConsentRecord> newRow) {
        Map<String, ConsentRecord> existing = new HashMap<>();
        rows.forEach(row -> existing.put(CaseInsensitive.key(row.consentType), row));
        List<ConsentRecord> next = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            ProfileContent.Consent consent = wanted.get(i);
            ConsentRecord row = existing.remove(CaseInsensitive.key(consent.consentType()));
            if (row == null) {
                row = newRow.get();
            }
            row.update(i, consent, actor, now);
            next.add(row);
        }
        rows.clear();
        rows.addAll(next);
    }

    private void update(int index, ProfileContent.Consent consent, String actor, Instant now) {
        listIndex = index;
        consentType = consent.consentType();
        version = consent.version();
        status = consent.status();
        locale = consent.locale();
        consentDate = EditInfo.utc(consent.consentDate());
        expirationDate = consent.expirationDate() == null ? null : EditInfo.utc(consent.expirationDate());
        ProfileContent.Source source = consent.source();
        collectionPoint = source.collectionPoint();
        sourceUrl = source.url();
        userAgent = source.userAgent();
        ipAddress = source.ipAddress();
        isActive = consent.isActive();
        expiryRecorded = consent.expired();
        if (edited == null) {
            edited = EditInfo.createdBy(actor, now);
        } else if (consent.edited() == null) {
            edited.modifiedBy(actor, now);
        }
    }

    ProfileContent.Consent value() {
        return new ProfileContent.Consent(consentType, version, status, locale, consentDate.toInstant(ZoneOffset.UTC),
                new ProfileContent.Source(collectionPoint, sourceUrl, userAgent, ipAddress), isActive,
                expirationDate == null ? null : expirationDate.toInstant(ZoneOffset.UTC), expiryRecorded, edited.value());
    }
}
