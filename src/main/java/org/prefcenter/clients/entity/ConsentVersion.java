package org.prefcenter.clients.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a consent type's text: what a consent names, so that what the person agreed to is
 * known forever. Never changed once stored (no setters); a new wording is a new version.
 */
@Entity
@Table(name = "pc_consent_version")
public class ConsentVersion {

    @Id
    @SequenceGenerator(name = "consent_version_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consent_type_ref")
    private ConsentType consentType;

    @Column(name = "version_number", nullable = false)
    private int number;

    /** UTC, like every timestamp of the schema. */
    @Column(name = "effective_date", nullable = false)
    private LocalDateTime effectiveDate;

    /** Null: a consent under this version does not expire. */
    @Column(name = "expiration_days")
    private Integer expirationDays;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("locale")
    private List<ConsentText> texts = new ArrayList<>();

    protected ConsentVersion() {
    }

    ConsentVersion(ConsentType consentType, int number, Instant effectiveDate, Integer expirationDays,
            Map<String, String> texts) {
        this.consentType = consentType;
        this.number = number;
        this.effectiveDate = LocalDateTime.ofInstant(effectiveDate, ZoneOffset.UTC);
        this.expirationDays = expirationDays;
        texts.forEach((locale, text) -> this.texts.add(new ConsentText(this, locale, text)));
        this.texts.sort(Comparator.comparing(ConsentText::locale));
    }

    public ConsentType consentType() {
        return consentType;
    }

    public int number() {
        return number;
    }

    public Instant effectiveDate() {
        return effectiveDate.toInstant(ZoneOffset.UTC);
    }

    public Optional<Integer> expirationDays() {
        return Optional.ofNullable(expirationDays);
    }

    /** By locale tag, in the order of the tags. */
    public List<ConsentText> texts() {
        return List.copyOf(texts);
    }

    /** The text in exactly this (canonical) locale tag. */
    public Optional<String> text(String locale) {
        return texts.stream().filter(text -> text.locale().equals(locale)).map(ConsentText::text).findFirst();
    }

    void load() {
        texts.size();
    }
}
