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
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.prefcenter.clients.boundary.ClientViews.ConsentTypeView;
import org.prefcenter.clients.boundary.ClientViews.ConsentVersionView;
import org.prefcenter.clients.boundary.ClientViews.ContactTypeView;
import org.prefcenter.clients.boundary.ClientViews.PreferenceTopicView;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.control.ContactConfigurationInput;
import org.prefcenter.clients.control.ContactConfigurationInput.NewConsentVersion;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.ConsentType;
import org.prefcenter.platform.config.Settings;
import org.prefcenter.platform.persistence.PersistenceFailures;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.platform.security.ClientScope;
import org.prefcenter.platform.security.Roles;

/**
 * The configuration of a client's contact elements, consents and preferences: contact types,
 * consent types with their versions, preference topics. Any role of the client reads it (from the
 * configuration the profile requests use, {@link ClientDirectory#configuration}); ClientAdmin adds
 * to it, as {@link ClientConfiguration} does.
 */
@Stateless
@RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR, Roles.CLIENT_ADMIN})
public class ContactConfiguration {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClientDirectory directory;

    @Resource
    SessionContext session;

    @Inject
    Settings settings;

    public List<ContactTypeView> contactTypes(String clientId) {
        return configuration(clientId).contactTypes().stream().map(ContactTypeView::of).toList();
    }

    public ContactTypeView contactType(String clientId, String name) {
        return configuration(clientId).contactType(name).map(ContactTypeView::of)
                .orElseThrow(() -> unknown("contact type", name, clientId));
    }

    public List<ConsentTypeView> consentTypes(String clientId) {
        return configuration(clientId).consentTypes().stream().map(ConsentTypeView::of).toList();
    }

    public ConsentTypeView consentType(String clientId, String name) {
        return ConsentTypeView.of(consentTypeOf(configuration(clientId), clientId, name));
    }

    public List<ConsentVersionView> consentVersions(String clientId, String name) {
        return consentType(clientId, name).versions();
    }

    /** A version by its number; a segment that is no version number names none (404). */
    public ConsentVersionView consentVersion(String clientId, String name, String number) {
        ConsentType type = consentTypeOf(configuration(clientId), clientId, name);
        return versionNumber(number).flatMap(type::version).map(ConsentVersionView::of)
                .orElseThrow(() -> Refusal.of(Refusal.Kind.UNKNOWN_REFERENCE, "the consent type '" + type.name()
                        + "' has no version '" + Text.excerpt(number) + "'"));
    }

    public List<PreferenceTopicView> preferenceTopics(String clientId) {
        return configuration(clientId).preferenceTopics().stream().map(PreferenceTopicView::of).toList();
    }

    public PreferenceTopicView preferenceTopic(String clientId, String name) {
        return configuration(clientId).preferenceTopic(name).map(PreferenceTopicView::of)
                .orElseThrow(() -> unknown("preference topic", name, clientId));
    }

    @RolesAllowed(Roles.CLIENT_ADMIN)
    public ContactTypeView addContactType(String clientId, JsonObject body) {
        var input = ContactConfigurationInput.contactType(body);
        Client client = lockedForChange(clientId);
        if (client.contactType(input.name()).isPresent()) {
            throw exists("contact type", input.name());
        }
        withinCap(client.contactTypes().size(), settings.contactTypesPerClient(), "contact types");
        var created = client.addContactType(input.name(), input.channel());
        flush("contact type", input.name());
        return ContactTypeView.of(created);
    }

    @RolesAllowed(Roles.CLIENT_ADMIN)
    public ConsentTypeView addConsentType(String clientId, JsonObject body) {
        var input = ContactConfigurationInput.consentType(body, settings.versionsPerConsentType(), Instant.now());
        Client client = lockedForChange(clientId);
        if (client.consentType(input.name()).isPresent()) {
            throw exists("consent type", input.name());
        }
        withinCap(client.consentTypes().size(), settings.consentTypesPerClient(), "consent types");
        ConsentType created = client.addConsentType(input.name(), input.channel(), input.description());
        input.versions().stream().sorted(Comparator.comparingInt(NewConsentVersion::version)).forEach(version ->
                created.addVersion(version.version(), version.effectiveDate(), version.expirationDays(), version.texts()));
        flush("consent type", input.name());
        return ConsentTypeView.of(created);
    }

    /** Versions only grow: a consent names its version by number, whose meaning may never change. */
    @RolesAllowed(Roles.CLIENT_ADMIN)
    public ConsentVersionView addConsentVersion(String clientId, String name, JsonObject body) {
        var input = ContactConfigurationInput.consentVersion(body, Instant.now());
        Client client = lockedForChange(clientId);
        ConsentType type = consentTypeOf(client, clientId, name);
        int latest = type.latestVersion().number();
        if (input.version() <= latest) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "the consent type '" + type.name() + "' already has version " + latest
                    + ": a new version's number must be greater than every existing one, and no version is ever"
                    + " changed", List.of(Violation.at("/Version", "must be greater than " + latest)));
        }
        withinCap(type.versions().size(), settings.versionsPerConsentType(), "versions of the consent type '"
                + type.name() + "'");
        var created = type.addVersion(input.version(), input.effectiveDate(), input.expirationDays(), input.texts());
        PersistenceFailures.flush(em, () -> Refusal.of(Refusal.Kind.CONFLICT, "version " + input.version()
                + " of the consent type '" + type.name() + "' already exists"));
        return ConsentVersionView.of(created);
    }

    @RolesAllowed(Roles.CLIENT_ADMIN)
    public PreferenceTopicView addPreferenceTopic(String clientId, JsonObject body) {
        var input = ContactConfigurationInput.preferenceTopic(body);
        Client client = lockedForChange(clientId);
        if (client.preferenceTopic(input.name()).isPresent()) {
            throw exists("preference topic", input.name());
        }
        ConsentType requires = null;
        if (input.requiresConsent() != null) {
            requires = client.consentType(input.requiresConsent())
                    .orElseThrow(() -> unknown("consent type", input.requiresConsent(), clientId));
            consentFitsTheTopic(requires, input.channels());
        }
        withinCap(client.preferenceTopics().size(), settings.preferenceTopicsPerClient(), "preference topics");
        var created = client.addPreferenceTopic(input.name(), input.channels(), input.frequencies(), requires,
                input.smsOnly(), input.defaultOptIn());
        flush("preference topic", input.name());
        return PreferenceTopicView.of(created);
    }

    /**
     * An opted-in preference needs the consent granted on its own element, which holds only consents
     * of its channel: so the required type has a channel, and it is the topic's only one.
     */
    private static void consentFitsTheTopic(ConsentType consent, Set<Channel> channels) {
        Channel channel = consent.channel().orElse(null);
        if (channel != null && channels.equals(EnumSet.of(channel))) {
            return;
        }
        String problem = channel == null
                ? "names a channel-less consent type: a topic can only require a consent of its channel, granted on"
                        + " the preference's contact element"
                : "names a consent type of the channel " + channel.wireName() + ": the topic's Channels must then be"
                        + " [\"" + channel.wireName() + "\"] alone";
        throw Refusal.of(Refusal.Kind.INVALID, "the preference topic is invalid: /RequiresConsent " + problem,
                List.of(Violation.at("/RequiresConsent", problem)));
    }

    private static ConsentType consentTypeOf(Client client, String clientId, String name) {
        return client.consentType(name).orElseThrow(() -> unknown("consent type", name, clientId));
    }

    /** A positive decimal integer as a path segment writes it, without sign or leading zeros. */
    private static Optional<Integer> versionNumber(String segment) {
        if (!segment.matches("[1-9][0-9]{0,9}")) {
            return Optional.empty();
        }
        long number = Long.parseLong(segment);
        return number <= Integer.MAX_VALUE ? Optional.of((int) number) : Optional.empty();
    }

    /** The client's configuration as the profile requests read it, never stale (see ClientDirectory). */
    private Client configuration(String clientId) {
        ClientScope.of(session).actorFor(clientId);
        return directory.configuration(clientId);
    }

    /** As {@code ClientConfiguration.lockedForChange}: the client's row locked, its configuration version moved. */
    private Client lockedForChange(String clientId) {
        ClientScope.of(session).actorFor(clientId);
        Client client = directory.require(clientId);
        directory.configurationChanged(client);
        return client;
    }

    /** Surfaces a unique violation from a concurrent request here, as a 409, not at commit. */
    private void flush(String what, String name) {
        PersistenceFailures.flush(em, () -> exists(what, name));
    }
}
