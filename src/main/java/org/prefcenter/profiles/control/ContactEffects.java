package org.prefcenter.profiles.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.clients.entity.ConsentType;
import org.prefcenter.clients.entity.PreferenceTopic;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.profiles.entity.ProfileContent;
import org.prefcenter.profiles.entity.ProfileContent.Consent;
import org.prefcenter.profiles.entity.ProfileContent.Element;
import org.prefcenter.profiles.entity.ProfileContent.Preference;

/**
 * What a change of a profile's contact elements does to what hangs on them, as the seed's
 * {@code PreserveConsents} and {@code PreservePreferences} say (their values after the change):
 * <ul>
 * <li>an element whose address value was replaced, or that was deactivated or removed: with
 * PreserveConsents false its consents are deactivated; with PreservePreferences false the
 * preferences that name it are archived, with true those of a removed or deactivated element move
 * to the channel's active default element (null when there is none);</li>
 * <li>a consent that leaves Granted archives the opted-in preferences sent to its element whose
 * topic requires it, whatever the flags;</li>
 * <li>a phone that stops being mobile archives its preferences of SMS-only topics.</li>
 * </ul>
 * Setting a flag alone changes nothing. Every effect is part of the same change.
 */
final class ContactEffects {

    private final Client client;
    private final ProfileContent before;
    private final ProfileContent after;
    private final Instant now;

    ContactEffects(Client client, ProfileContent before, ProfileContent after, Instant now) {
        this.client = client;
        this.before = before;
        this.after = after;
        this.now = now;
    }

    ProfileContent apply() {
        Map<Long, Element> was = new HashMap<>();
        before.elements().forEach(element -> was.put(element.id(), element));
        Map<Long, Element> is = new HashMap<>();
        after.elements().stream().filter(element -> element.id() != null).forEach(element -> is.put(element.id(), element));
        Set<Long> replaced = new HashSet<>();
        Set<Long> gone = new HashSet<>();
        was.forEach((id, old) -> {
            Element now = is.get(id);
            if (now == null || old.isActive() && !now.isActive()) {
                gone.add(id);
            } else if (!sameAddress(old, now)) {
                replaced.add(id);
            }
        });
        List<ProfileContent.Email> emails = after.emails().stream()
                .map(email -> email.withConsents(consents(email, replaced, gone))).toList();
        List<ProfileContent.Phone> phones = after.phones().stream()
                .map(phone -> phone.withConsents(consents(phone, replaced, gone))).toList();
        List<ProfileContent.Address> addresses = after.addresses().stream()
                .map(address -> address.withConsents(consents(address, replaced, gone))).toList();
        ProfileContent withElements = after.withContacts(emails, phones, addresses, after.consents(), after.preferences());
        List<Preference> preferences = new ArrayList<>();
        for (Preference preference : after.preferences()) {
            preferences.add(preference(preference, withElements, replaced, gone));
        }
        return withElements.withContacts(emails, phones, addresses, after.consents(), preferences);
    }

    /** An element's consents, deactivated when its address changed or it went and consents are not preserved. */
    private List<Consent> consents(Element element, Set<Long> replaced, Set<Long> gone) {
        boolean affected = element.id() != null && (replaced.contains(element.id()) || gone.contains(element.id()));
        if (!affected || after.preserveConsents()) {
            return element.consents();
        }
        return element.consents().stream().map(consent -> consent.isActive() ? consent.withActive(false) : consent)
                .toList();
    }

    private Preference preference(Preference preference, ProfileContent content, Set<Long> replaced, Set<Long> gone) {
        if (!preference.isActive()) {
            return preference;
        }
        Long element = preference.contactElementId();
        boolean named = element != null && (replaced.contains(element) || gone.contains(element));
        if (named && !after.preservePreferences()) {
            return preference.withActive(false);
        }
        Preference placed = preference;
        if (named && gone.contains(element)) {
            Long fallback = ContactRules.target(content, new Preference(preference.topic(), preference.channel(), null,
                    preference.optIn(), null, true, null)).map(Element::id).orElse(null);
            placed = preference.at(fallback);
        }
        return losesWhatItNeeds(placed, preference, content) ? placed.withActive(false) : placed;
    }

    /**
     * Whether the preference loses what it needs, in {@code content} (the elements as the change and
     * the flags leave them): the consent its topic requires left Granted at the element it is sent
     * to, or that element (a phone) stopped being mobile for an SMS-only topic.
     */
    private boolean losesWhatItNeeds(Preference placed, Preference original, ProfileContent content) {
        Optional<PreferenceTopic> topic = client.preferenceTopic(original.topic());
        if (topic.isEmpty()) {
            return false;
        }
        Optional<Element> then = ContactRules.target(before, original);
        Optional<Element> now = ContactRules.target(content, placed);
        Optional<ConsentType> required = topic.get().requiresConsent();
        if (Boolean.TRUE.equals(placed.optIn()) && required.isPresent()
                && granted(before, then, required.get()) && !granted(content, now, required.get())) {
            return true;
        }
        return topic.get().smsOnly() && placed.channel() == Channel.PHONE && mobile(then) && !mobile(now);
    }

    /** As recorded before and after the change: what the change itself did to the consent. */
    private static boolean granted(ProfileContent content, Optional<Element> element, ConsentType type) {
        return ContactRules.granted(content, element, type, Consent::recordedStatus);
    }

    private static boolean mobile(Optional<Element> element) {
        return element.isPresent() && element.get() instanceof ProfileContent.Phone phone
                && Boolean.TRUE.equals(phone.isMobile());
    }

    /** Whether an element still reaches the same place: its email address, number or postal address. */
    private static boolean sameAddress(Element old, Element now) {
        if (old instanceof ProfileContent.Email left && now instanceof ProfileContent.Email right) {
            return Objects.equals(CaseInsensitive.key(String.valueOf(left.address())),
                    CaseInsensitive.key(String.valueOf(right.address())));
        }
        if (old instanceof ProfileContent.Phone left && now instanceof ProfileContent.Phone right) {
            return Objects.equals(left.number(), right.number());
        }
        if (old instanceof ProfileContent.Address left && now instanceof ProfileContent.Address right) {
            return left.lines().equals(right.lines()) && Objects.equals(left.city(), right.city())
                    && Objects.equals(left.region(), right.region())
                    && Objects.equals(left.postalCode(), right.postalCode())
                    && Objects.equals(left.countryCode(), right.countryCode());
        }
        return false;
    }
}
