package org.prefcenter.clients.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.CaseInsensitive;
import org.prefcenter.platform.ProblemException;

/** Finds clients by their ClientId, case-insensitively, within the caller's transaction. */
@ApplicationScoped
public class ClientDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<Client> find(String clientId) {
        return em.createNamedQuery(Client.BY_KEY, Client.class)
                .setParameter("key", CaseInsensitive.key(clientId))
                .getResultStream().findFirst();
    }

    /** The client, or a 404 naming it. */
    public Client require(String clientId) {
        return find(clientId).orElseThrow(() -> ProblemException.notFound("unknown client '" + clientId + "'"));
    }

    public List<Client> all() {
        return em.createNamedQuery(Client.ALL, Client.class).getResultList();
    }
}
