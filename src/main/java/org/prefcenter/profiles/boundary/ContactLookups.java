package org.prefcenter.profiles.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.ConsentType;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.security.ClientScope;
import org.prefcenter.platform.security.Roles;
import org.prefcenter.profiles.control.Caller;
import org.prefcenter.profiles.control.ConsentAnswer;
import org.prefcenter.profiles.control.ContactHolders;
import org.prefcenter.profiles.control.ContactKey;
import org.prefcenter.profiles.control.ProfileLookup;
import org.prefcenter.profiles.control.ProfileSnapshot;

/**
 * The look-ups by address: the profiles holding an email or a phone number, and the sender's
 * question, ConsentStatus. Read-only, without a lock. Checks run in the contract's order: role (the
 * container), client scope (403), the client (404), then the query parameters (400), the consent
 * type (404) and its channel (400).
 */
@Stateless
@RolesAllowed({Roles.PROFILE_READER, Roles.PROFILE_EDITOR})
public class ContactLookups {

    /** The most profiles one look-up returns, lowest ProfileIds first; more are signalled, not returned. */
    public static final int MAX_PROFILES = 100;

    /** The profiles found, at most {@link #MAX_PROFILES}; {@code truncated} when more hold the address. */
    public record Found(List<ProfileSnapshot> profiles, boolean truncated) {
    }

    @Resource
    SessionContext session;

    @Inject
    ClientDirectory clients;

    @Inject
    ContactHolders holders;

    @Inject
    ProfileLookup lookup;

    public Found profiles(String clientId, String email, String phone) {
        Client client = Caller.of(clientId, ClientScope.of(session), clients).client();
        ContactKey address = ContactKey.of(email, phone, client);
        List<Long> ids = holders.profileIds(client, address, MAX_PROFILES + 1);
        List<ProfileSnapshot> found = ids.stream().limit(MAX_PROFILES)
                .map(id -> lookup.snapshotHolding(client, id, address)).flatMap(Optional::stream).toList();
        return new Found(found, ids.size() > MAX_PROFILES);
    }

    public ConsentAnswer consentStatus(String clientId, String consentType, String email, String phone) {
        ClientScope.of(session).actorFor(clientId); // 403 before anything of the client is read
        Client client = configurationHolding(clientId, consentType);
        if (consentType == null || consentType.isBlank()) {
            throw Refusal.of(Refusal.Kind.INVALID, "the query parameter consentType is required and must not be blank");
        }
        ContactKey address = ContactKey.of(email, phone, client);
        ConsentType type = client.consentType(consentType).orElseThrow(() -> Refusal.of(Refusal.Kind.UNKNOWN_REFERENCE,
                "unknown consent type '" + Text.excerpt(consentType) + "' for client '" + client.clientId() + "'"));
        Optional<Channel> channel = type.channel();
        if (channel.isEmpty() || channel.get() != address.channel()) {
            throw Refusal.of(Refusal.Kind.INVALID, "the consent type '" + type.name() + "' is given "
                    + channel.map(c -> "for the channel " + c.wireName()).orElse("for no channel (held by the profile)")
                    + ", not for an address in the query parameter " + address.parameter());
        }
        return ConsentAnswer.of(type.name(), holders.consents(client, address, type.name()), Instant.now());
    }

    /**
     * A configuration of the client that holds the consent type, without reading the client row when
     * this instance knows one: a consent type is never changed or removed, nor the client's
     * DefaultLocale (which reads a phone number), so what a known configuration says of them is
     * current. Else, and for every refusal, the current configuration.
     */
    private Client configurationHolding(String clientId, String consentType) {
        return clients.known(clientId)
                .filter(known -> consentType != null && known.consentType(consentType).isPresent())
                .orElseGet(() -> clients.configuration(clientId));
    }
}
