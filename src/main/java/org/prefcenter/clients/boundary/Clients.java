package org.prefcenter.clients.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.prefcenter.clients.boundary.ClientViews.ClientView;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.control.ConfigurationInput;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.problems.ProblemException;
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
        try {
            em.flush();
        } catch (PersistenceException raced) {
            if (PersistenceFailures.isUniqueViolation(raced)) {
                throw taken(input.clientId());
            }
            throw raced;
        }
        return ClientView.of(client);
    }

    public List<ClientView> list() {
        return directory.all().stream().map(ClientView::of).toList();
    }

    public ClientView get(String clientId) {
        return ClientView.of(directory.require(clientId));
    }

    private static ProblemException taken(String clientId) {
        return ProblemException.conflict("a client '" + clientId + "' already exists (ClientIds compare case-insensitively)");
    }
}
