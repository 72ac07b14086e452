package org.prefcenter.clients.boundary;

import java.util.List;
import org.prefcenter.clients.entity.AlternateIdType;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.CustomFieldDefinition;
import org.prefcenter.clients.entity.CustomerType;

/** What the client registry and configuration resources return; JSON-B writes them in PascalCase. */
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

    private ClientViews() {
    }
}
