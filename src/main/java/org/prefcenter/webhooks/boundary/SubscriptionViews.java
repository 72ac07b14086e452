package org.prefcenter.webhooks.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.prefcenter.events.control.EventDocument;
import org.prefcenter.webhooks.entity.DeliveryAttempt;
import org.prefcenter.webhooks.entity.Subscription;
import org.prefcenter.webhooks.entity.SubscriptionState;

/** Subscriptions and attempts as the API shows them. */
final class SubscriptionViews {

    private static final JsonProvider JSON = JsonProvider.provider();

    private SubscriptionViews() {
    }

    static JsonObject of(Subscription subscription) {
        return builder(subscription).build();
    }

    /** Only the 201 of the creation shows the secret. */
    static JsonObject withSecret(Subscription subscription) {
        return builder(subscription).add("Secret", subscription.secret()).build();
    }

    private static JsonObjectBuilder builder(Subscription subscription) {
        JsonArrayBuilder types = JSON.createArrayBuilder();
        subscription.types().forEach(types::add);
        boolean active = subscription.state() == SubscriptionState.ACTIVE;
        return JSON.createObjectBuilder()
                .add("Id", subscription.id())
                .add("Url", subscription.url())
                .add("Types", types)
                .add("State", subscription.state().wireName())
                .add("CreatedAt", time(subscription.createdAt()))
                .add("Delivered", subscription.cursor().toString())
                .add("FailingSince", subscription.failingSince() == null ? JsonValue.NULL
                        : JSON.createValue(time(subscription.failingSince())))
                .add("NextAttemptAt", active && subscription.failures() > 0
                        ? JSON.createValue(time(subscription.nextAttemptAt())) : JsonValue.NULL);
    }

    static JsonObject of(DeliveryAttempt attempt) {
        return JSON.createObjectBuilder()
                .add("AttemptedAt", time(attempt.attemptedAt()))
                .add("EventId", EventDocument.eventId(attempt.eventRef()))
                .add("StatusCode", attempt.statusCode() == null ? JsonValue.NULL : JSON.createValue(attempt.statusCode()))
                .add("Error", attempt.error() == null ? JsonValue.NULL : JSON.createValue(attempt.error()))
                .add("DurationMillis", attempt.millis())
                .build();
    }

    static String time(LocalDateTime utc) {
        return DateTimeFormatter.ISO_INSTANT.format(utc.toInstant(ZoneOffset.UTC));
    }
}
