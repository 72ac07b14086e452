package org.prefcenter.profiles.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.prefcenter.clients.entity.Channel;

/**
 * What a client writes of a profile: every writable property of its document, as typed values. A
 * profile gives its content ({@link Profile#content()}) and takes a new one ({@link Profile#update});
 * the profile document's reader and validator (profiles/control) make one from JSON.
 *
 * <p>Items that the server stamps carry what it stamped ({@link Edit}, a consent's expiration date):
 * the validator keeps it on an item it did not change and clears it ({@code null}) on one it did,
 * so that equal content means an unchanged profile, and the profile stamps the changed items.
 */
public record ProfileContent(boolean isActive, boolean registrationConfirmed, String customerType,
        boolean preserveConsents, boolean preservePreferences, Name customerName, String defaultLocale,
        List<AlternateId.Item> alternateIds, List<CustomFieldValue.Item> customFields,
        List<Email> emails, List<Phone> phones, List<Address> addresses, List<Consent> consents,
        List<Preference> preferences) {

    public ProfileContent {
        alternateIds = List.copyOf(alternateIds);
        customFields = List.copyOf(customFields);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
        consents = List.copyOf(consents);
        preferences = List.copyOf(preferences);
    }

    /** The customer's name; every part optional. */
    public record Name(String prefix, String firstName, String middleName, String lastName, String suffix) {

        public static final Name NONE = new Name(null, null, null, null, null);
    }

    /** Who created an item and who changed it last, and when. */
    public record Edit(String createdBy, Instant createdDate, String modifiedBy, Instant modifiedDate) {
    }

    /** An address a person can be reached at; {@code id} is its ContactElementId, null until stored. */
    public sealed interface Element permits Email, Phone, Address {

        Long id();

        Channel channel();

        String contactType();

        boolean isDefault();

        boolean isActive();

        List<Consent> consents();

        /** The element with other consents (the validator's and the flags' rules). */
        Element withConsents(List<Consent> value);

        Element withActive(boolean value);
    }

    public record Email(Long id, String address, String contactType, boolean isDefault, boolean isActive,
            List<Consent> consents) implements Element {

        public Email {
            consents = List.copyOf(consents);
        }

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public Email withConsents(List<Consent> value) {
            return new Email(id, address, contactType, isDefault, isActive, value);
        }

        @Override
        public Email withActive(boolean value) {
            return new Email(id, address, contactType, isDefault, value, consents);
        }
    }

    /** {@code number} in E.164 once validated; {@code isMobile} null until the validator decides it. */
    public record Phone(Long id, String number, String contactType, Boolean isMobile, boolean isDefault,
            boolean isActive, List<Consent> consents) implements Element {

        public Phone {
            consents = List.copyOf(consents);
        }

        @Override
        public Channel channel() {
            return Channel.PHONE;
        }

        @Override
        public Phone withConsents(List<Consent> value) {
            return new Phone(id, number, contactType, isMobile, isDefault, isActive, value);
        }

        @Override
        public Phone withActive(boolean value) {
            return new Phone(id, number, contactType, isMobile, isDefault, value, consents);
        }

        public Phone with(String normalised, Boolean mobile) {
            return new Phone(id, normalised, contactType, mobile, isDefault, isActive, consents);
        }
    }

    public record Address(Long id, List<String> lines, String city, String region, String postalCode,
            String countryCode, String contactType, boolean isDefault, boolean isActive, List<Consent> consents)
            implements Element {

        public Address {
            lines = List.copyOf(lines);
            consents = List.copyOf(consents);
        }

        @Override
        public Channel channel() {
            return Channel.ADDRESS;
        }

        @Override
        public Address withConsents(List<Consent> value) {
            return new Address(id, lines, city, region, postalCode, countryCode, contactType, isDefault, isActive,
                    value);
        }

        @Override
        public Address withActive(boolean value) {
            return new Address(id, lines, city, region, postalCode, countryCode, contactType, isDefault, value,
                    consents);
        }
    }

    /**
     * What a person decided about one consent type: {@code version} of its text (null until the
     * validator names the latest), {@code consentDate} (null until it says now), and what the server
     * keeps: when it expires, whether that expiry has been recorded (the moment the documents, the
     * history and the events show it), and who changed it.
     */
    public record Consent(String consentType, Integer version, ConsentStatus status, String locale,
            Instant consentDate, Source source, boolean isActive, Instant expirationDate, boolean expired,
            Edit edited) {

        public Consent withActive(boolean value) {
            return new Consent(consentType, version, status, locale, consentDate, source, value, expirationDate, expired,
                    null);
        }

        /** The same decision with what the server keeps on it. */
        public Consent stamped(Instant expires, boolean expiryRecorded, Edit edit) {
            return new Consent(consentType, version, status, locale, consentDate, source, isActive, expires,
                    expiryRecorded, edit);
        }

        /** Its expiry recorded: the documents show it Expired from now on. */
        public Consent withExpiryRecorded() {
            return new Consent(consentType, version, status, locale, consentDate, source, isActive, expirationDate, true,
                    edited);
        }

        /** Past its expiration date, and not yet recorded so. */
        public boolean dueToExpire(Instant now) {
            return !expired && expirationDate != null && !now.isBefore(expirationDate) && status != ConsentStatus.NOT_SET;
        }

        /**
         * What the profile's documents, history and events say a sender must obey: the status,
         * except Expired once the expiry is recorded (a decision was made: not for NotSet), and NotSet
         * while the consent or its element is inactive.
         */
        public ConsentStatus recordedStatus(boolean elementActive) {
            if (!isActive || !elementActive) {
                return ConsentStatus.NOT_SET;
            }
            return expired && status != ConsentStatus.NOT_SET ? ConsentStatus.EXPIRED : status;
        }

        /**
         * What a sender must obey at {@code now}, by the clock: Expired from the very moment of the
         * expiration date, recorded or not (the safe answer, before the server records it).
         */
        public ConsentStatus effectiveStatus(boolean elementActive, Instant now) {
            ConsentStatus recorded = recordedStatus(elementActive);
            return recorded != ConsentStatus.NOT_SET && dueToExpire(now) ? ConsentStatus.EXPIRED : recorded;
        }

        /** The same decision, whatever the server stamped on either. */
        public boolean sameAs(Consent other) {
            return other != null && consentType.equals(other.consentType) && Objects.equals(version, other.version)
                    && status == other.status && Objects.equals(locale, other.locale)
                    && Objects.equals(consentDate, other.consentDate)
                    && Objects.equals(source, other.source) && isActive == other.isActive;
        }
    }

    /** Evidence of a consent: where it was collected; the IP address truncated (never stored whole). */
    public record Source(String collectionPoint, String url, String userAgent, String ipAddress) {

        public static final Source NONE = new Source(null, null, null, null);
    }

    /** A topic a person wants (or does not want) to hear about on a channel, at one element or the channel's default. */
    public record Preference(String topic, Channel channel, Long contactElementId, Boolean optIn, String frequency,
            boolean isActive, Edit edited) {

        public Preference withActive(boolean value) {
            return new Preference(topic, channel, contactElementId, optIn, frequency, value, null);
        }

        public Preference at(Long element) {
            return new Preference(topic, channel, element, optIn, frequency, isActive, null);
        }

        public Preference stamped(Boolean decided, Edit edit) {
            return new Preference(topic, channel, contactElementId, decided, frequency, isActive, edit);
        }

        public boolean sameAs(Preference other) {
            return other != null && topic.equals(other.topic) && channel == other.channel
                    && Objects.equals(contactElementId, other.contactElementId) && Objects.equals(optIn, other.optIn)
                    && Objects.equals(frequency, other.frequency) && isActive == other.isActive;
        }
    }

    public ProfileContent withCustomerType(String value) {
        return new ProfileContent(isActive, registrationConfirmed, value, preserveConsents, preservePreferences,
                customerName, defaultLocale, alternateIds, customFields, emails, phones, addresses, consents,
                preferences);
    }

    public ProfileContent withDefaultLocale(String value) {
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, customerName, value, alternateIds, customFields, emails, phones, addresses,
                consents, preferences);
    }

    public ProfileContent withAlternateIds(List<AlternateId.Item> value) {
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, customerName, defaultLocale, value, customFields, emails, phones, addresses,
                consents, preferences);
    }

    public ProfileContent withCustomFields(List<CustomFieldValue.Item> value) {
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, customerName, defaultLocale, alternateIds, value, emails, phones, addresses,
                consents, preferences);
    }

    /** The contact elements and what hangs on them, as the validator and the flags' rules leave them. */
    public ProfileContent withContacts(List<Email> newEmails, List<Phone> newPhones, List<Address> newAddresses,
            List<Consent> newConsents, List<Preference> newPreferences) {
        return new ProfileContent(isActive, registrationConfirmed, customerType, preserveConsents,
                preservePreferences, customerName, defaultLocale, alternateIds, customFields, newEmails, newPhones,
                newAddresses, newConsents, newPreferences);
    }

    /** Every contact element, emails first, then phones, then addresses. */
    public List<Element> elements() {
        List<Element> all = new ArrayList<>(emails);
        all.addAll(phones);
        all.addAll(addresses);
        return all;
    }
}
