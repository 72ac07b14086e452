package org.prefcenter.profiles.control;

import java.util.ArrayList;
import java.util.List;
import org.prefcenter.clients.entity.Channel;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.contacts.control.EmailAddresses;
import org.prefcenter.contacts.control.PhoneNumbers;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.Violation;
import org.prefcenter.profiles.entity.ContactElement;
import org.prefcenter.profiles.entity.ProfileContent;

/**
 * The address a look-up asks for, from its query parameters {@code email} or {@code phone} (exactly
 * one): its channel and the key the stored elements are matched by ({@link ContactElement#valueKey}).
 * A phone number is normalised as a profile's is, a national number read in the region of the
 * client's DefaultLocale: the profile's own locale is not known before the look-up has found it.
 */
public record ContactKey(Channel channel, String valueKey) {

    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    /** The key, or an INVALID refusal naming the parameter. */
    public static ContactKey of(String email, String phone, Client client) {
        if ((email == null) == (phone == null)) {
            throw invalid("exactly one of the query parameters " + EMAIL + " and " + PHONE + " is required");
        }
        if (email != null) {
            String problem = EmailAddresses.problemWith(email);
            if (problem != null) {
                throw invalid("the query parameter " + EMAIL + " " + problem);
            }
            return new ContactKey(Channel.EMAIL, ContactElement.valueKey(Channel.EMAIL, email));
        }
        List<Violation> errors = new ArrayList<>(1);
        PhoneNumbers.Phone number = PhoneNumbers.normalised(phone, client.defaultLocale(),
                "the client's DefaultLocale (" + client.defaultLocale() + ")", PHONE, errors);
        if (number == null) {
            throw invalid("the query parameter " + PHONE + " " + errors.get(0).message());
        }
        return new ContactKey(Channel.PHONE, ContactElement.valueKey(Channel.PHONE, number.e164()));
    }

    /** The query parameter the address came in. */
    public String parameter() {
        return channel == Channel.EMAIL ? EMAIL : PHONE;
    }

    /** Whether the profile holds the address (active or not): a look-up's answer is checked against it. */
    public boolean heldBy(ProfileContent content) {
        if (channel == Channel.EMAIL) {
            return content.emails().stream()
                    .anyMatch(email -> ContactElement.valueKey(Channel.EMAIL, email.address()).equals(valueKey));
        }
        return content.phones().stream()
                .anyMatch(phone -> ContactElement.valueKey(Channel.PHONE, phone.number()).equals(valueKey));
    }

    private static Refusal invalid(String detail) {
        return Refusal.of(Refusal.Kind.INVALID, detail);
    }
}
