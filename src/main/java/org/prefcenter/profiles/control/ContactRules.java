package org.prefcenter.profiles.control;

import static org.prefcenter.profiles.control.ContactJson.ADDRESSES;
import static org.prefcenter.profiles.control.ContactJson.CONSENTS;
import static org.prefcenter.profiles.control.ContactJson.EMAILS;
import static org.prefcenter.profiles.control.ContactJson.PHONES;
import static org.prefcenter.profiles.control.ContactJson.PREFERENCES;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.ConsentType;
import org.prefcenter.clients.entity.ConsentVersion;
import org.prefcenter.clients.entity.ContactType;
import org.prefcenter.clients.entity.PreferenceTopic;
import org.prefcenter.contacts.control.EmailAddresses;
import org.prefcenter.contacts.control.IpAddresses;
import org.prefcenter.contacts.control.PhoneNumbers;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.LocaleTags;
import org.prefcenter.platform.rules.Refusal.Kind;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.entity.ConsentStatus;
import org.prefcenter.profiles.entity.ProfileContent;
import org.prefcenter.profiles.entity.ProfileContent.Consent;
import org.prefcenter.profiles.entity.ProfileContent.Element;
import org.prefcenter.profiles.entity.ProfileContent.Preference;

/**
 * The rules of a profile's contact elements, consents and preferences against the client's
 * configuration and the profile as it was: each element's value and contact type, one active
 * default per channel, no address twice, each consent's type, version, status and dates, each
 * preference's topic, channel, element and consent. Then {@link ContactEffects} applies what the
 * change does to what hangs on an element, and the preferences are checked as it leaves them.
 * Items the change did not touch keep what the server stamped on them.
 */
final class ContactRules {

    /** A ConsentDate this far ahead of the server's clock is taken as clock skew, not as the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final Client client;
    private final ProfileContent before;
    private final Instant now;
    private final Findings found;
    private final List<Violation> malformed = new ArrayList<>();

    /** @param before the profile as stored, or an empty one at create */
    ContactRules(Client client, ProfileContent before, Instant now, Findings found) {
        this.client = client;
        this.before = before;
        this.now = now;
        this.found = found;
    }

    ProfileContent apply(ProfileContent content) {
        Map<Long, Element> stored = new HashMap<>();
        before.elements().forEach(element -> stored.put(element.id(), element));
        Set<Long> named = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        List<ProfileContent.Email> emails = new ArrayList<>();
        for (int i = 0; i < content.emails().size(); i++) {
            String path = "/" + EMAILS + "/" + i;
            ProfileContent.Email email = content.emails().get(i);
            identity(email, path, stored, named);
            if (email.address() != null) {
                String problem = EmailAddresses.problemWith(email.address());
                if (problem != null) {
                    found.add(Kind.INVALID, path + "/" + ContactJson.EMAIL_ADDRESS, problem);
                } else if (!addresses.add("email " + EmailAddresses.key(email.address()))) {
                    found.add(Kind.CONFLICT, path + "/" + ContactJson.EMAIL_ADDRESS,
                            "the email address " + email.address() + " appears twice in this profile");
                }
            }
            emails.add(new ProfileContent.Email(email.id(), email.address(), contactType(email, path), email.isDefault(),
                    email.isActive(), consents(email.consents(), path, Optional.of(Channel.EMAIL), stored.get(email.id()))));
        }
        List<ProfileContent.Phone> phones = new ArrayList<>();
        for (int i = 0; i < content.phones().size(); i++) {
            String path = "/" + PHONES + "/" + i;
            ProfileContent.Phone phone = content.phones().get(i);
            identity(phone, path, stored, named);
            ProfileContent.Phone checked = phone;
            if (phone.number() != null) {
                PhoneNumbers.Phone number = PhoneNumbers.normalised(phone.number(), content.defaultLocale(),
                        path + "/" + ContactJson.PHONE_NUMBER, malformed);
                if (number != null) {
                    checked = phone.with(number.e164(), phone.isMobile() == null ? number.isMobile() : phone.isMobile());
                    if (!addresses.add("phone " + checked.number())) {
                        found.add(Kind.CONFLICT, path + "/" + ContactJson.PHONE_NUMBER,
                                "the phone number " + checked.number() + " appears twice in this profile");
                    }
                }
            }
            phones.add(new ProfileContent.Phone(checked.id(), checked.number(), contactType(checked, path),
                    checked.isMobile(), checked.isDefault(), checked.isActive(),
                    consents(checked.consents(), path, Optional.of(Channel.PHONE), stored.get(checked.id()))));
        }
        List<ProfileContent.Address> postal = new ArrayList<>();
        for (int i = 0; i < content.addresses().size(); i++) {
            String path = "/" + ADDRESSES + "/" + i;
            ProfileContent.Address address = content.addresses().get(i);
            identity(address, path, stored, named);
            if (address.lines().isEmpty()) {
                found.add(Kind.INVALID, path + "/" + ContactJson.LINES, "must hold 1 to 4 lines");
            }
            String country = address.countryCode() == null ? null : address.countryCode().toUpperCase(Locale.ROOT);
            if (country != null && !COUNTRIES.contains(country)) {
                found.add(Kind.INVALID, path + "/" + ContactJson.COUNTRY_CODE,
                        "must be an ISO 3166-1 alpha-2 country code such as GB or US");
            }
            postal.add(new ProfileContent.Address(address.id(), address.lines(), address.city(), address.region(),
                    address.postalCode(), country, contactType(address, path), address.isDefault(), address.isActive(),
                    consents(address.consents(), path, Optional.of(Channel.ADDRESS), stored.get(address.id()))));
        }
        oneDefaultPerChannel(EMAILS, emails);
        oneDefaultPerChannel(PHONES, phones);
        oneDefaultPerChannel(ADDRESSES, postal);
        List<Consent> consents = consents(content.consents(), "", Optional.empty(), null);
        malformed.forEach(violation -> found.add(Kind.INVALID, violation));
        ProfileContent checked = content.withContacts(emails, phones, postal, consents, content.preferences());
        ProfileContent effected = new ContactEffects(client, before, checked, now).apply();
        return effected.withContacts(effected.emails(), effected.phones(), effected.addresses(), effected.consents(),
                preferences(effected));
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** An element that names an id is one of this profile's elements of its channel, named once. */
    private void identity(Element element, String path, Map<Long, Element> stored, Set<Long> named) {
        if (element.id() == null) {
            return;
        }
        Element known = stored.get(element.id());
        String at = path + "/" + ContactJson.CONTACT_ELEMENT_ID;
        if (known == null || known.channel() != element.channel()) {
            found.add(Kind.INVALID, at, "no " + element.channel().wireName().toLowerCase(Locale.ROOT) + " of this profile"
                    + " has ContactElementId " + element.id() + ": it is the server's; an added element carries none");
        } else if (!named.add(element.id())) {
            found.add(Kind.INVALID, at, "ContactElementId " + element.id() + " appears twice in this profile");
        }
    }

    private String contactType(Element element, String path) {
        if (element.contactType() == null) {
            return null;
        }
        Optional<ContactType> type = client.contactType(element.contactType())
                .filter(known -> known.channel() == element.channel());
        if (type.isEmpty()) {
            found.add(Kind.UNKNOWN_REFERENCE, path + "/" + ContactJson.CONTACT_TYPE, "unknown contact type '"
                    + element.contactType() + "' for " + element.channel().wireName() + " of client '"
                    + client.clientId() + "'");
            return element.contactType();
        }
        return type.get().name();
    }

    private void oneDefaultPerChannel(String array, List<? extends Element> elements) {
        boolean seen = false;
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (element.isDefault() && element.isActive()) {
                if (seen) {
                    found.add(Kind.INVALID, "/" + array + "/" + i + "/" + ContactJson.IS_DEFAULT,
                            "a profile has at most one active default " + element.channel().wireName().toLowerCase(Locale.ROOT));
                }
                seen = true;
            }
        }
    }

    /**
     * A holder's consents: of a type of its channel ({@code channel} empty: channel-less types),
     * once each, of an existing version (the latest when none is named), a status it may take, a
     * date not in the future (now when none is given); stamped anew where the decision changed.
     */
    private List<Consent> consents(List<Consent> consents, String holder, Optional<Channel> channel, Element stored) {
        Map<String, Consent> previous = new HashMap<>();
        List<Consent> was = holder.isEmpty() ? before.consents() : stored == null ? List.of() : stored.consents();
        was.forEach(consent -> previous.put(CaseInsensitive.key(consent.consentType()), consent));
        Set<String> seen = new HashSet<>();
        List<Consent> result = new ArrayList<>(consents.size());
        for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            String path = holder + "/" + CONSENTS + "/" + i;
            if (consent.consentType() == null || consent.status() == null) {
                result.add(consent); // the reader said why
                continue;
            }
            Consent checked = consent(consent, path, channel, previous.get(CaseInsensitive.key(consent.consentType())));
            if (!seen.add(CaseInsensitive.key(consent.consentType()))) {
                found.add(Kind.CONFLICT, path + "/" + ContactJson.CONSENT_TYPE, "a consent of type '"
                        + consent.consentType() + "' appears twice here");
            }
            result.add(checked);
        }
        return result;
    }

    private Consent consent(Consent consent, String path, Optional<Channel> channel, Consent previous) {
        Optional<ConsentType> type = client.consentType(consent.consentType());
        if (type.isEmpty()) {
            found.add(Kind.UNKNOWN_REFERENCE, path + "/" + ContactJson.CONSENT_TYPE, "unknown consent type '"
                    + consent.consentType() + "' for client '" + client.clientId() + "'");
            return consent;
        }
        if (!type.get().channel().equals(channel)) {
            found.add(Kind.INVALID, path + "/" + ContactJson.CONSENT_TYPE, "the consent type '" + type.get().name()
                    + "' is " + type.get().channel().map(own -> "for channel " + own.wireName()).orElse("channel-less")
                    + ": it belongs in the Consents of " + type.get().channel()
                            .map(own -> "an element of /" + ContactJson.elementsArray(own))
                            .orElse("the profile itself (/Consents)"));
        }
        ConsentVersion version = consent.version() == null ? type.get().latestVersion()
                : type.get().version(consent.version()).orElse(null);
        if (version == null) {
            found.add(Kind.UNKNOWN_REFERENCE, path + "/" + ContactJson.VERSION, "consent type '" + type.get().name()
                    + "' has no version " + consent.version());
            return consent;
        }
        if (consent.status() == ConsentStatus.REVOKED && (previous == null
                || previous.status() != ConsentStatus.GRANTED && previous.status() != ConsentStatus.REVOKED)) {
            found.add(Kind.INVALID, path + "/" + ContactJson.STATUS, "only a Granted consent can be Revoked; set Denied instead");
        }
        // a new decision is dated now unless its date is given: a status changed under the old date
        // (a replace of Status alone) would claim the revocation was made on the day of the grant
        boolean decidedAnew = previous != null && consent.status() != previous.status()
                && Objects.equals(consent.consentDate(), previous.consentDate());
        Instant date = consent.consentDate() == null || decidedAnew ? now : consent.consentDate();
        if (date.isAfter(now.plus(CLOCK_SKEW))) {
            found.add(Kind.INVALID, path + "/" + ContactJson.CONSENT_DATE, "must not be in the future");
        }
        if (consent.locale() != null && !LocaleTags.isWellFormed(consent.locale())) {
            found.add(Kind.INVALID, path + "/" + ContactJson.LOCALE,
                    "must be a well-formed BCP 47 language tag such as en, en-US or fr-CA");
        }
        ProfileContent.Source source = consent.source();
        String ip = source.ipAddress() == null ? null
                : IpAddresses.truncated(source.ipAddress(), path + "/" + ContactJson.SOURCE + "/" + ContactJson.IP_ADDRESS,
                        malformed);
        Instant expires = version.expirationDays().map(days -> date.plus(Duration.ofDays(days))).orElse(null);
        // a decision stored already past its expiry is recorded Expired by the change that stores it
        Consent decided = new Consent(type.get().name(), version.number(), consent.status(), consent.locale(), date,
                new ProfileContent.Source(source.collectionPoint(), source.url(), source.userAgent(), ip),
                consent.isActive(), expires, expires != null && !now.isBefore(expires), null);
        return decided.sameAs(previous) ? decided.stamped(previous.expirationDate(), previous.expired(),
                previous.edited()) : decided;
    }

    /**
     * Each active preference: a topic of the client on one of its channels, at an active element of
     * that channel or its default (null), a frequency the topic offers, once per topic, channel and
     * element, and opted in only where the consent its topic requires is granted there now.
     */
    private List<Preference> preferences(ProfileContent content) {
        Map<String, Preference> previous = new HashMap<>();
        before.preferences().forEach(preference -> previous.putIfAbsent(key(preference), preference));
        Set<String> active = new HashSet<>();
        List<Preference> result = new ArrayList<>(content.preferences().size());
        for (int i = 0; i < content.preferences().size(); i++) {
            Preference preference = content.preferences().get(i);
            String path = "/" + PREFERENCES + "/" + i;
            if (preference.topic() == null || preference.channel() == null) {
                result.add(preference); // the reader said why
                continue;
            }
            Optional<PreferenceTopic> topic = client.preferenceTopic(preference.topic());
            if (topic.isEmpty()) {
                found.add(Kind.UNKNOWN_REFERENCE, path + "/" + ContactJson.TOPIC, "unknown preference topic '"
                        + preference.topic() + "' for client '" + client.clientId() + "'");
                result.add(preference);
                continue;
            }
            Preference checked = new Preference(topic.get().name(), preference.channel(), preference.contactElementId(),
                    preference.optIn() == null ? topic.get().defaultOptIn() : preference.optIn(),
                    preference.frequency() == null ? null : topic.get().frequency(preference.frequency()).orElse(null),
                    preference.isActive(), null);
            if (preference.isActive()) {
                check(checked, preference, topic.get(), content, path, active);
            }
            Preference was = previous.get(key(checked));
            result.add(checked.sameAs(was) ? checked.stamped(checked.optIn(), was.edited()) : checked);
        }
        return result;
    }

    private void check(Preference preference, Preference sent, PreferenceTopic topic, ProfileContent content,
            String path, Set<String> active) {
        if (!topic.offers(preference.channel())) {
            found.add(Kind.INVALID, path + "/" + ContactJson.CHANNEL, "the topic '" + topic.name() + "' is not offered on"
                    + " channel " + preference.channel().wireName());
        }
        if (sent.frequency() != null && preference.frequency() == null) {
            found.add(Kind.INVALID, path + "/" + ContactJson.FREQUENCY, "the topic '" + topic.name() + "' offers "
                    + (topic.frequencies().isEmpty() ? "no frequencies" : "the frequencies " + String.join(", ", topic.frequencies())));
        }
        Optional<Element> element = target(content, preference);
        if (preference.contactElementId() != null && element.isEmpty()) {
            found.add(Kind.INVALID, path + "/" + ContactJson.CONTACT_ELEMENT_ID, "no active "
                    + preference.channel().wireName().toLowerCase(Locale.ROOT) + " of this profile has ContactElementId "
                    + preference.contactElementId());
        }
        if (!active.add(key(preference))) {
            found.add(Kind.CONFLICT, path, "an active preference for topic '" + topic.name() + "' on "
                    + preference.channel().wireName() + " at this element appears twice");
        }
        Optional<ConsentType> required = topic.requiresConsent();
        if (Boolean.TRUE.equals(preference.optIn()) && required.isPresent() && !granted(content, element, required.get())) {
            found.add(Kind.CONFLICT, path + "/" + ContactJson.OPT_IN, "the topic '" + topic.name() + "' requires the"
                    + " consent '" + required.get().name() + "' granted " + (required.get().channel().isPresent()
                            ? "on the element it is sent to" : "by the profile") + "; grant it first");
        }
    }

    /** The element a preference is sent to: the one it names, or its channel's active default. */
    static Optional<Element> target(ProfileContent content, Preference preference) {
        return content.elements().stream()
                .filter(element -> element.channel() == preference.channel() && element.isActive())
                .filter(element -> preference.contactElementId() == null ? element.isDefault()
                        : preference.contactElementId().equals(element.id()))
                .findFirst();
    }

    /** By the clock: a new opt-in needs its consent granted now, recorded expired or not. */
    private boolean granted(ProfileContent content, Optional<Element> element, ConsentType type) {
        return granted(content, element, type, (consent, active) -> consent.effectiveStatus(active, now));
    }

    /**
     * Whether the consent of {@code type} is Granted, as {@code status} reads it, where a preference
     * is sent: on its element, or on the profile for a channel-less type.
     */
    static boolean granted(ProfileContent content, Optional<Element> element, ConsentType type,
            BiFunction<Consent, Boolean, ConsentStatus> status) {
        List<Consent> consents = type.channel().isEmpty() ? content.consents()
                : element.map(Element::consents).orElse(List.of());
        boolean active = type.channel().isEmpty() || element.map(Element::isActive).orElse(false);
        return consents.stream().anyMatch(consent -> CaseInsensitive.key(consent.consentType()).equals(type.nameKey())
                && status.apply(consent, active) == ConsentStatus.GRANTED);
    }

    static String key(Preference preference) {
        return CaseInsensitive.key(preference.topic()) + '\u0000' + preference.channel() + '\u0000'
                + preference.contactElementId();
    }
}
