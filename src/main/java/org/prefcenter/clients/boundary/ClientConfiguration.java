package org.prefcenter.clients.boundary;

import static org.prefcenter.clients.boundary.ConfigurationRefusals.exists;
import static org.prefcenter.clients.boundary.ConfigurationRefusals.unknown;
import static org.prefcenter.clients.boundary.ConfigurationRefusals.withinCap;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.prefcenter.clients.boundary.ClientViews.AlternateIdTypeView;
import org.prefcenter.clients.boundary.ClientViews.CustomFieldView;
import org.prefcenter.clients.boundary.ClientViews.CustomerTypeView;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.control.ConfigurationInput;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.config.Settings;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.security.ClientScope;
import org.prefcenter.platform.security.Roles;

/**
 * A client's configuration, which profiles are checked against: alternate id types, customer types
 * and custom field definitions (contact elements' configuration: {@link ContactConfiguration}). Any
 * role of the client reads it; ClientAdmin changes it.
 */
@Stateless
@RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR, Roles.CLIENT_ADMIN})
public class ClientConfiguration {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientDirectory directory;

    @Resource
    SessionContext session;

    @Inject
    Settings settings;

    public List<AlternateIdTypeView> alternateIdTypes(String clientId) {
        return client(clientId).alternateIdTypes().stream().map(AlternateIdTypeView::of).toList();
    }

    public List<CustomerTypeView> customerTypes(String clientId) {
        return client(clientId).customerTypes().stream().map(CustomerTypeView::of).toList();
    }

    public List<CustomFieldView> customFields(String clientId) {
        return client(clientId).customFields().stream().map(CustomFieldView::of).toList();
    }

    public AlternateIdTypeView alternateIdType(String clientId, String name) {
        return client(clientId).alternateIdType(name).map(AlternateIdTypeView::of)
                .orElseThrow(() -> unknown("alternate id type", name, clientId));
    }

    public CustomerTypeView customerType(String clientId, String name) {
        return client(clientId).customerType(name).map(CustomerTypeView::of)
                .orElseThrow(() -> unknown("customer type", name, clientId));
    }

    public CustomFieldView customField(String clientId, String name) {
        return client(clientId).customField(name).map(CustomFieldView::of)
                .orElseThrow(() -> unknown("custom field", name, clientId));
    }

    @RolesAllowed(Roles.CLIENT_ADMIN)
    public AlternateIdTypeView addAlternateIdType(String clientId, JsonObject body) {
        var input = ConfigurationInput.alternateIdType(body);
        Client client = lockedForChange(clientId);
        if (client.alternateIdType(input.name()).isPresent()) {
            throw exists("alternate id type", input.name());
        }
        withinCap(client.alternateIdTypes().size(), settings.alternateIdTypesPerClient(), "alternate id types");
        var created = client.addAlternateIdType(input.name(), input.description());
        flush("alternate id type", input.name());
        return AlternateIdTypeView.of(created);
    }

    @RolesAllowed(Roles.CLIENT_ADMIN)
    public CustomerTypeView addCustomerType(String clientId, JsonObject body) {
        var input = ConfigurationInput.customerType(body);
        Client client = lockedForChange(clientId);
        if (client.customerType(input.name()).isPresent()) {
            throw exists("customer type", input.name());
        }
        withinCap(client.customerTypes().size(), settings.customerTypesPerClient(), "customer types");
        var created = client.addCustomerType(input.name(), input.isDefault());
        flush("customer type", input.name());
        return CustomerTypeView.of(created);
    }

    @RolesAllowed(Roles.CLIENT_ADMIN)
    public CustomFieldView addCustomField(String clientId, JsonObject body) {
        var input = ConfigurationInput.customField(body);
        Client client = lockedForChange(clientId);
        if (client.customField(input.name()).isPresent()) {
            throw exists("custom field", input.name());
        }
        withinCap(client.customFields().size(), settings.customFieldsPerClient(), "custom fields");
        var created = client.addCustomField(input.name(), input.dataType(), input.options(), input.maxLength());
        flush("custom field", input.name());
        return CustomFieldView.of(created);
    }

    /**
     * The client, its configuration version moved first: that update locks the client's row, so
     * changes of one client's configuration run one after another and each sees the one before
     * (the duplicate check and the cap hold under races); every instance sees the new version.
     */
    private Client lockedForChange(String clientId) {
        Client client = client(clientId);
        directory.configurationChanged(client);
        return client;
    }

    private Client client(String clientId) {
        ClientScope.of(session).actorFor(clientId);
        return directory.require(clientId);
    }

    /** Surfaces a unique violation from a concurrent request here, as a 409, not at commit. */
    private void flush(String what, String name) {
        PersistenceFailures.flush(em, () -> exists(what, name));
    }
}
