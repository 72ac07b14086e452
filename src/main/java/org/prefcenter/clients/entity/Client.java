package org.prefcenter.clients.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prefcenter.platform.rules.CaseInsensitive;

/** An organisation using PrefCenter, with the configuration its profiles are checked against. */
@Entity
@Table(name = "pc_client")
@NamedQuery(name = Client.BY_KEY, query = "select c from Client c where c.clientKey = :key")
@NamedQuery(name = Client.ALL, query = "select c from Client c order by c.clientKey")
@NamedQuery(name = Client.CONFIGURATION_CHANGED,
        query = "update Client c set c.configurationVersion = c.configurationVersion + 1 where c.id = :id")
public class Client {

    public static final String BY_KEY = "Client.byKey";
    public static final String ALL = "Client.all";
    public static final String CONFIGURATION_CHANGED = "Client.configurationChanged";

    @Id
    @SequenceGenerator(name = "client_seq", sequenceName = "pc_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(name = "client_key", nullable = false, unique = true)
    private String clientKey;

    @Column(name = "default_locale", nullable = false, length = 15)
    private String defaultLocale;

    /** Moved by {@link #CONFIGURATION_CHANGED}, an atomic increment in the database, on every change. */
    @Column(name = "config_version", nullable = false)
    private long configurationVersion;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AlternateIdType> alternateIdTypes = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CustomerType> customerTypes = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CustomFieldDefinition> customFields = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContactType> contactTypes = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ConsentType> consentTypes = new ArrayList<>();

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PreferenceTopic> preferenceTopics = new ArrayList<>();

    /** Set by {@link #withConfigurationLoaded()} on a client that is read only; null otherwise. */
    @Transient
    private Map<String, CustomFieldDefinition> customFieldsByKey;

    protected Client() {
    }

    public Client(String clientId, String defaultLocale) {
        this.clientId = clientId;
        this.clientKey = CaseInsensitive.key(clientId);
        this.defaultLocale = defaultLocale;
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String defaultLocale() {
        return defaultLocale;
    }

    public long configurationVersion() {
        return configurationVersion;
    }

    /**
     * Loads the whole configuration now (consent types with their versions and texts), so that this
     * client can be read after its transaction ended, and indexes the custom fields by name: a
     * profile with a thousand fields looks each one up. For a client that is only read from then on.
     */
    public Client withConfigurationLoaded() {
        alternateIdTypes.size();
        customerTypes.size();
        contactTypes.size();
        consentTypes.forEach(ConsentType::load);
        preferenceTopics.size();
        customFieldsByKey = customFields.stream()
                .collect(Collectors.toUnmodifiableMap(CustomFieldDefinition::nameKey, Function.identity()));
        return this;
    }

    public List<AlternateIdType> alternateIdTypes() {
        return List.copyOf(alternateIdTypes);
    }

    public List<CustomerType> customerTypes() {
        return List.copyOf(customerTypes);
    }

    public List<CustomFieldDefinition> customFields() {
        return List.copyOf(customFields);
    }

    public List<ContactType> contactTypes() {
        return List.copyOf(contactTypes);
    }

    public List<ConsentType> consentTypes() {
        return List.copyOf(consentTypes);
    }

    public List<PreferenceTopic> preferenceTopics() {
        return List.copyOf(preferenceTopics);
    }

    public Optional<AlternateIdType> alternateIdType(String name) {
        String key = CaseInsensitive.key(name);
        return alternateIdTypes.stream().filter(type -> type.nameKey().equals(key)).findFirst();
    }

    public Optional<CustomerType> customerType(String name) {
        String key = CaseInsensitive.key(name);
        return customerTypes.stream().filter(type -> type.nameKey().equals(key)).findFirst();
    }

    public Optional<CustomerType> defaultCustomerType() {
        return customerTypes.stream().filter(CustomerType::isDefault).findFirst();
    }

    public Optional<CustomFieldDefinition> customField(String name) {
        String key = CaseInsensitive.key(name);
        if (customFieldsByKey != null) {
            return Optional.ofNullable(customFieldsByKey.get(key));
        }
        return customFields.stream().filter(field -> field.nameKey().equals(key)).findFirst();
    }

    public Optional<ContactType> contactType(String name) {
        String key = CaseInsensitive.key(name);
        return contactTypes.stream().filter(type -> type.nameKey().equals(key)).findFirst();
    }

    public Optional<ConsentType> consentType(String name) {
        String key = CaseInsensitive.key(name);
        return consentTypes.stream().filter(type -> type.nameKey().equals(key)).findFirst();
    }

    public Optional<PreferenceTopic> preferenceTopic(String name) {
        String key = CaseInsensitive.key(name);
        return preferenceTopics.stream().filter(topic -> topic.nameKey().equals(key)).findFirst();
    }

    public AlternateIdType addAlternateIdType(String name, String description) {
        AlternateIdType type = new AlternateIdType(this, name, description);
        alternateIdTypes.add(type);
        return type;
    }

    /** Adds a customer type; the first one, or one marked default, becomes the only default. */
    public CustomerType addCustomerType(String name, boolean makeDefault) {
        boolean isDefault = makeDefault || customerTypes.isEmpty();
        if (isDefault) {
            customerTypes.forEach(CustomerType::clearDefault);
        }
        CustomerType type = new CustomerType(this, name, isDefault);
        customerTypes.add(type);
        return type;
    }

    public CustomFieldDefinition addCustomField(String name, DataType dataType, List<String> options, int maxLength) {
        CustomFieldDefinition field = new CustomFieldDefinition(this, name, dataType, options, maxLength);
        customFields.add(field);
        return field;
    }

    public ContactType addContactType(String name, Channel channel) {
        ContactType type = new ContactType(this, name, channel);
        contactTypes.add(type);
        return type;
    }

    /** A consent type without versions yet: {@link ConsentType#addVersion} adds its first. */
    public ConsentType addConsentType(String name, Channel channel, String description) {
        ConsentType type = new ConsentType(this, name, channel, description);
        consentTypes.add(type);
        return type;
    }

    public PreferenceTopic addPreferenceTopic(String name, Set<Channel> channels, List<String> frequencies,
            ConsentType requiresConsent, boolean smsOnly, boolean defaultOptIn) {
        PreferenceTopic topic = new PreferenceTopic(this, name, channels, frequencies, requiresConsent, smsOnly,
                defaultOptIn);
        preferenceTopics.add(topic);
        return topic;
    }
}
