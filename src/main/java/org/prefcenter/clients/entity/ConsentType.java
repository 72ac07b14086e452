package org.prefcenter.clients.entity;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prefcenter.platform.rules.CaseInsensitive;

/**
 * A purpose a person consents to (marketing by email, terms of service), on one channel or on none,
 * with its versions: the wordings, numbered, that only grow.
 */
@Entity
@Table(name = "pc_consent_type")
public class ConsentType {

    @Id
    @SequenceGenerator(name = "consent_type_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_type_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_ref")
    private Client client;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    /** Null: a channel-less consent (terms, profiling), held by the profile rather than an element. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Channel channel;

    @Column(length = 1000)
    private String description;

    @OneToMany(mappedBy = "consentType", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ConsentVersion> versions = new ArrayList<>();

    protected ConsentType() {
    }

    ConsentType(Client client, String name, Channel channel, String description) {
        this.client = client;
        this.name = name;
        this.nameKey = CaseInsensitive.key(name);
        this.channel = channel;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    public String description() {
        return description;
    }

    /** Oldest (lowest number) first. */
    public List<ConsentVersion> versions() {
        return List.copyOf(versions);
    }

    /** The version with the highest number: what a consent that names none is given. */
    public ConsentVersion latestVersion() {
        return versions.get(versions.size() - 1);
    }

    public Optional<ConsentVersion> version(int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst();
    }

    /**
     * Adds a version; its number must be above every existing one (the caller checked: this guards
     * the rule that versions only grow, so that no consent's version ever changes meaning).
     */
    public ConsentVersion addVersion(int number, Instant effectiveDate, Integer expirationDays, Map<String, String> texts) {
        if (!versions.isEmpty() && number <= latestVersion().number()) {
            throw new IllegalArgumentException("version " + number + " does not grow the versions of " + name);
        }
        ConsentVersion version = new ConsentVersion(this, number, effectiveDate, expirationDays, texts);
        versions.add(version);
        return version;
    }

    void load() {
        versions.forEach(ConsentVersion::load);
    }
}
