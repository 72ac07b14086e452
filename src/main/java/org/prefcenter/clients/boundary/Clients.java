package org.prefcenter.clients.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.prefcenter.clients.boundary.ClientViews.ClientView;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.control.ConfigurationInput;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.security.Roles;

/** The client registry: which organisations use this PrefCenter. */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class Clients {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientDirectory directory;

    public ClientView register(JsonObject body) {
        ConfigurationInput.NewClient input = ConfigurationInput.client(body);
        if (directory.find(input.clientId()).isPresent()) {
            throw taken(input.clientId());
        }
        Client client = new Client(input.clientId(), input.defaultLocale());
        em.persist(client);
        PersistenceFailures.flush(em, () -> taken(input.clientId()));
        return ClientView.of(client);
    }

    public List<ClientView> list() {
        return directory.all().stream().map(ClientView::of).toList();
    }

    public ClientView get(String clientId) {
        return ClientView.of(directory.require(clientId));
    }

    private static Refusal taken(String clientId) {
        return Refusal.of(Refusal.Kind.CONFLICT, "a client '" + clientId + "' already exists (ClientIds compare case-insensitively)");
    }
}
