package org.prefcenter.clients.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prefcenter.clients.entity.AlternateIdType;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.ConsentType;
import org.prefcenter.clients.entity.ConsentVersion;
import org.prefcenter.clients.entity.ContactType;
import org.prefcenter.clients.entity.CustomFieldDefinition;
import org.prefcenter.clients.entity.CustomerType;
import org.prefcenter.clients.entity.PreferenceTopic;

/**
 * What the client registry and configuration resources return; JSON-B writes them in PascalCase (in
 * the order of their names, but where an order is given: the contract's).
 */
public final class ClientViews {

    public record ClientView(String clientId, String defaultLocale) {
        static ClientView of(Client client) {
            return new ClientView(client.clientId(), client.defaultLocale());
        }
    }

    public record AlternateIdTypeView(String name, String description) {
        static AlternateIdTypeView of(AlternateIdType type) {
            return new AlternateIdTypeView(type.name(), type.description());
        }
    }

    public record CustomerTypeView(String name, boolean isDefault) {
        static CustomerTypeView of(CustomerType type) {
            return new CustomerTypeView(type.name(), type.isDefault());
        }
    }

    public record CustomFieldView(String name, String dataType, List<String> options, int maxLength) {
        static CustomFieldView of(CustomFieldDefinition field) {
            return new CustomFieldView(field.name(), field.dataType().wireName(), field.options(), field.maxLength());
        }
    }

    @JsonbPropertyOrder({"name", "channel"})
    public record ContactTypeView(String name, String channel) {
        static ContactTypeView of(ContactType type) {
            return new ContactTypeView(type.name(), type.channel().wireName());
        }
    }

    /** @param text by locale tag, in the order of the tags */
    @JsonbPropertyOrder({"version", "effectiveDate", "expirationDays", "text"})
    public record ConsentVersionView(int version, String effectiveDate, Integer expirationDays, Map<String, String> text) {
        static ConsentVersionView of(ConsentVersion version) {
            Map<String, String> text = new LinkedHashMap<>();
            version.texts().forEach(each -> text.put(each.locale(), each.text()));
            return new ConsentVersionView(version.number(), DateTimeFormatter.ISO_INSTANT.format(version.effectiveDate()),
                    version.expirationDays().orElse(null), text);
        }
    }

    /** @param versions oldest first */
    @JsonbPropertyOrder({"name", "channel", "description", "versions"})
    public record ConsentTypeView(String name, String channel, String description, List<ConsentVersionView> versions) {
        static ConsentTypeView of(ConsentType type) {
            return new ConsentTypeView(type.name(), type.channel().map(Channel::wireName).orElse(null), type.description(),
                    type.versions().stream().map(ConsentVersionView::of).toList());
        }
    }

    /** @param channels in the order Email, Phone, Address */
    @JsonbPropertyOrder({"name", "channels", "frequencies", "requiresConsent", "smsOnly", "defaultOptIn"})
    public record PreferenceTopicView(String name, List<String> channels, List<String> frequencies, String requiresConsent,
            boolean smsOnly, boolean defaultOptIn) {
        static PreferenceTopicView of(PreferenceTopic topic) {
            return new PreferenceTopicView(topic.name(), topic.channels().stream().map(Channel::wireName).toList(),
                    topic.frequencies(), topic.requiresConsent().map(ConsentType::name).orElse(null), topic.smsOnly(),
                    topic.defaultOptIn());
        }
    }

    private ClientViews() {
    }
}
