package org.prefcenter.clients.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.Refusal;

/**
 * Finds clients by their ClientId, case-insensitively, within the caller's transaction. Keeps each
 * client's configuration in memory for the profile requests, which only read it.
 */
@ApplicationScoped
public class ClientDirectory {

    @PersistenceContext
    EntityManager em;

    /** Clients with their configuration loaded, by id; read-only, shared by all requests. */
    private final ConcurrentMap<Long, Client> configurations = new ConcurrentHashMap<>();

    /** Ids of clients, by folded ClientId: neither ever changes, and no client is ever removed. */
    private final ConcurrentMap<String, Long> ids = new ConcurrentHashMap<>();

    /**
     * The client and its configuration, to read only. The client row is read on every call;
     * its types and fields (three more queries, or a thousand rows) only when its configuration
     * version moved since this instance last read them, so a change through any instance sharing
     * the database is seen by the next request. Configuration read after the version is at least
     * as new as that version: never stale, at worst read once more.
     */
    public Client configuration(String clientId) {
        Client current = require(clientId);
        Client known = configurations.get(current.id());
        if (known != null && known.configurationVersion() == current.configurationVersion()) {
            return known;
        }
        current.withConfigurationLoaded();
        em.detach(current); // shared with other requests: no persistence context may own it
        ids.putIfAbsent(CaseInsensitive.key(clientId), current.id());
        return configurations.merge(current.id(), current,
                (old, fresh) -> fresh.configurationVersion() >= old.configurationVersion() ? fresh : old);
    }

    /**
     * The id of the client, or a refusal naming it: read once, then from memory, since a ClientId
     * names the same client for good (the API neither renames nor removes one). For reads that need
     * nothing of the configuration, which a version would have to prove current.
     */
    public long idOf(String clientId) {
        String key = CaseInsensitive.key(clientId);
        Long known = ids.get(key);
        if (known != null) {
            return known;
        }
        long id = require(clientId).id();
        ids.put(key, id);
        return id;
    }

    /**
     * The configuration this instance read last for the client, without reading the client row, if it
     * read one: perhaps not the current one. What it holds exists as it is for good, for what the API
     * never changes or removes once made (the client and its DefaultLocale, consent types and their
     * channels); what it lacks may have been added since, so a refusal for something missing needs
     * {@link #configuration(String)}.
     */
    public Optional<Client> known(String clientId) {
        Long id = ids.get(CaseInsensitive.key(clientId));
        return id == null ? Optional.empty() : Optional.ofNullable(configurations.get(id));
    }

    /** Records a change of the client's configuration in this transaction, for every instance to see. */
    public void configurationChanged(Client client) {
        em.createNamedQuery(Client.CONFIGURATION_CHANGED).setParameter("id", client.id()).executeUpdate();
    }

    public Optional<Client> find(String clientId) {
        return em.createNamedQuery(Client.BY_KEY, Client.class)
                .setParameter("key", CaseInsensitive.key(clientId))
                .getResultStream().findFirst();
    }

    /** The client, or a refusal naming it. */
    public Client require(String clientId) {
        return find(clientId).orElseThrow(
                () -> Refusal.of(Refusal.Kind.UNKNOWN_REFERENCE, "unknown client '" + clientId + "'"));
    }

    public List<Client> all() {
        return em.createNamedQuery(Client.ALL, Client.class).getResultList();
    }
}
