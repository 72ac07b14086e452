package org.prefcenter.clients.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.prefcenter.platform.rules.CaseInsensitive;

/** Something a person may want to hear about (a newsletter), on which channels, how often. */
@Entity
@Table(name = "pc_preference_topic")
public class PreferenceTopic {

    /** Stored frequencies are joined by a line feed, which a frequency may not contain. */
    private static final String FREQUENCY_SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "preference_topic_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "preference_topic_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_ref")
    private Client client;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "by_email", nullable = false)
    private boolean byEmail;

    @Column(name = "by_phone", nullable = false)
    private boolean byPhone;

    @Column(name = "by_address", nullable = false)
    private boolean byAddress;

    @Column(length = 2200)
    private String frequencies;

    /** Null: opting in needs no consent. */
    @ManyToOne
    @JoinColumn(name = "requires_consent_ref")
    private ConsentType requiresConsent;

    @Column(name = "sms_only", nullable = false)
    private boolean smsOnly;

    @Column(name = "default_opt_in", nullable = false)
    private boolean defaultOptIn;

    protected PreferenceTopic() {
    }

    PreferenceTopic(Client client, String name, Set<Channel> channels, List<String> frequencies,
            ConsentType requiresConsent, boolean smsOnly, boolean defaultOptIn) {
        this.client = client;
        this.name = name;
        this.nameKey = CaseInsensitive.key(name);
        this.byEmail = channels.contains(Channel.EMAIL);
        this.byPhone = channels.contains(Channel.PHONE);
        this.byAddress = channels.contains(Channel.ADDRESS);
        this.frequencies = frequencies.isEmpty() ? null : String.join(FREQUENCY_SEPARATOR, frequencies);
        this.requiresConsent = requiresConsent;
        this.smsOnly = smsOnly;
        this.defaultOptIn = defaultOptIn;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    /** In the order of {@link Channel}. */
    public Set<Channel> channels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (byEmail) {
            channels.add(Channel.EMAIL);
        }
        if (byPhone) {
            channels.add(Channel.PHONE);
        }
        if (byAddress) {
            channels.add(Channel.ADDRESS);
        }
        return channels;
    }

    public boolean offers(Channel channel) {
        return channels().contains(channel);
    }

    /** In the order the client gave them. */
    public List<String> frequencies() {
        return frequencies == null ? List.of() : Arrays.asList(frequencies.split(FREQUENCY_SEPARATOR));
    }

    /** The frequency of this topic a value names, in its configured spelling. */
    public Optional<String> frequency(String name) {
        String key = CaseInsensitive.key(name);
        return frequencies().stream().filter(frequency -> CaseInsensitive.key(frequency).equals(key)).findFirst();
    }

    public Optional<ConsentType> requiresConsent() {
        return Optional.ofNullable(requiresConsent);
    }

    /** Only for phones that take text messages: a preference on a phone that is not mobile is archived. */
    public boolean smsOnly() {
        return smsOnly;
    }

    public boolean defaultOptIn() {
        return defaultOptIn;
    }
}
