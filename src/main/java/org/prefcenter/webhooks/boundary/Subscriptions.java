package org.prefcenter.webhooks.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.events.control.FeedCursor;
import org.prefcenter.events.control.FeedPositions;
import org.prefcenter.events.entity.ChangeEvent;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.security.ClientScope;
import org.prefcenter.platform.security.Roles;
import org.prefcenter.webhooks.control.Signature;
import org.prefcenter.webhooks.control.SubscriptionInput;
import org.prefcenter.webhooks.control.WebhookSettings;
import org.prefcenter.webhooks.entity.DeliveryAttempt;
import org.prefcenter.webhooks.entity.Subscription;
import org.prefcenter.webhooks.entity.SubscriptionState;

/**
 * A client's webhook subscriptions, managed by its ClientAdmin. A new subscription starts at the end
 * of the client's feed as it is readable at its creation: it gets the events that follow.
 */
@Stateless
@RolesAllowed(Roles.CLIENT_ADMIN)
public class Subscriptions {

    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookSettings webhooks;

    @Resource
    SessionContext session;

    @Inject
    ClientDirectory clients;

    @Inject
    FeedPositions positions;

    public JsonObject create(String clientId, JsonObject body) {
        Client client = client(clientId);
        var input = SubscriptionInput.creation(body, webhooks.allowedHosts());
        em.lock(client, LockModeType.PESSIMISTIC_WRITE); // creations of one client take turns: the cap holds
        long count = em.createNamedQuery(Subscription.COUNT_OF_CLIENT, Long.class).setParameter("client", client.id())
                .getSingleResult();
        if (count >= webhooks.maxPerClient()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "the client already has " + count + " subscriptions, the most it"
                    + " may have (" + webhooks.maxPerClient() + "); nothing was added");
        }
        Subscription subscription = new Subscription(client.id(), input.url(), input.types(), Signature.newSecret(),
                feedEnd(client), now());
        em.persist(subscription);
        em.flush();
        return SubscriptionViews.withSecret(subscription);
    }

    public JsonArray list(String clientId) {
        Client client = client(clientId);
        JsonArrayBuilder all = JSON.createArrayBuilder();
        em.createNamedQuery(Subscription.OF_CLIENT, Subscription.class).setParameter("client", client.id())
                .getResultList().forEach(subscription -> all.add(SubscriptionViews.of(subscription)));
        return all.build();
    }

    public JsonObject one(String clientId, String id) {
        return SubscriptionViews.of(require(client(clientId), id, LockModeType.NONE));
    }

    /** A merge patch of Url, Types or State; Active again resumes from where delivery stopped. */
    public JsonObject change(String clientId, String id, JsonObject patch) {
        Subscription subscription = require(client(clientId), id, LockModeType.PESSIMISTIC_WRITE);
        var change = SubscriptionInput.change(patch, webhooks.allowedHosts());
        if (change.url() != null) {
            subscription.changeUrl(change.url(), now());
        }
        if (change.types() != null) {
            subscription.changeTypes(change.types());
        }
        if (change.state() == SubscriptionState.PAUSED) {
            subscription.pause();
        } else if (change.state() == SubscriptionState.ACTIVE) {
            subscription.activate(now());
        }
        return SubscriptionViews.of(subscription);
    }

    public void end(String clientId, String id) {
        em.remove(require(client(clientId), id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The last attempts, newest first. */
    public JsonArray deliveries(String clientId, String id) {
        Subscription subscription = require(client(clientId), id, LockModeType.NONE);
        JsonArrayBuilder attempts = JSON.createArrayBuilder();
        em.createNamedQuery(DeliveryAttempt.NEWEST, DeliveryAttempt.class)
                .setParameter("subscription", subscription.id())
                .setMaxResults(webhooks.attemptsKept())
                .getResultList().forEach(attempt -> attempts.add(SubscriptionViews.of(attempt)));
        return attempts.build();
    }

    /** The last event readable now, which the subscription starts after. */
    private FeedCursor feedEnd(Client client) {
        return em.createQuery("select e from ChangeEvent e where e.clientRef = :client and e.position < :below"
                + " order by e.position desc, e.id desc", ChangeEvent.class)
                .setParameter("client", client.id())
                .setParameter("below", positions.readableBelow())
                .setMaxResults(1)
                .getResultStream().findFirst().map(FeedCursor::after).orElse(FeedCursor.START);
    }

    private Client client(String clientId) {
        ClientScope.of(session).actorFor(clientId); // 403 before 404
        return clients.require(clientId);
    }

    private Subscription require(Client client, String id, LockModeType lock) {
        Subscription subscription = null;
        if (id != null && id.matches("[0-9]{1,18}")) {
            subscription = em.find(Subscription.class, Long.parseLong(id), lock);
        }
        if (subscription == null || subscription.clientRef() != client.id()) {
            throw Refusal.of(Refusal.Kind.UNKNOWN_REFERENCE, "unknown subscription '" + Text.excerpt(String.valueOf(id)) + "' of client '" + client.clientId() + "'");
        }
        return subscription;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
