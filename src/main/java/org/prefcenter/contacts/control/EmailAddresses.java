package org.prefcenter.contacts.control;

import java.util.List;
import java.util.regex.Pattern;
import org.prefcenter.platform.rules.CaseInsensitive;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;

/**
 * Email addresses as RFC 5321 (4.1.2) writes a Mailbox: a local part that is a dot-atom or a quoted
 * string, "@", and a domain that is a host name or an address literal ({@code [192.0.2.1]},
 * {@code [IPv6:2001:db8::1]}). ASCII only, as RFC 5321 is (a domain in its xn-- form is a host
 * name). Stored as given; compared by {@link #key}.
 */
public final class EmailAddresses {

    /** RFC 5321 4.5.3.1.3: a path of 256 octets, less the angle brackets. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 255;
    private static final int MAX_LABEL = 63;

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]";
    private static final Pattern DOT_STRING = Pattern.compile(ATEXT + "+(\\." + ATEXT + "+)*");
    /** qtextSMTP (%d32-33, %d35-91, %d93-126) or a quoted pair (backslash and %d32-126). */
    private static final Pattern QUOTED_STRING = Pattern.compile("\"([\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*\"");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");

    private EmailAddresses() {
    }

    /** The address as given when it is one, or null with a violation at {@code path}. */
    public static String checked(String value, String path, List<Violation> errors) {
        String problem = problemWith(value);
        if (problem != null) {
            errors.add(Violation.at(path, problem));
            return null;
        }
        return value;
    }

    /** What is wrong with the address, or null. */
    public static String problemWith(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
            return "must be an email address of 1 to " + MAX_LENGTH + " characters";
        }
        if (address.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return "must be an email address of printable ASCII characters (RFC 5321)";
        }
        // the domain holds no '@' nor '"', so the last '@' separates it even from a quoted local part
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return "must be an email address: local-part@domain";
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.length() > MAX_LOCAL_PART) {
            return "must have a local part (before '@') of at most " + MAX_LOCAL_PART + " characters";
        }
        if (!DOT_STRING.matcher(local).matches() && !QUOTED_STRING.matcher(local).matches()) {
            return "must have a local part (before '@') that is dot-separated atoms or a quoted string (RFC 5321),"
                    + " not '" + Text.excerpt(local) + "'";
        }
        return domain.startsWith("[") ? addressLiteralProblem(domain) : domainProblem(domain);
    }

    /**
     * The key two addresses that are one compare by: the whole address case-folded, as the contract
     * compares them (a mailbox's local part is the receiving host's to interpret; PrefCenter reads
     * Ada@example.org and ada@EXAMPLE.org as one person's).
     */
    public static String key(String address) {
        return CaseInsensitive.asciiKey(address);
    }

    /**
     * A host name of at least two labels, each 1 to 63 letters, digits or inner hyphens, the last
     * not all digits: a dotless name reaches no mailbox on the Internet, and an IP address must be
     * written as a literal in brackets (RFC 5321 4.1.3).
     */
    private static String domainProblem(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (domain.length() > MAX_DOMAIN || labels.length < 2) {
            return "must have a domain (after '@') of two or more labels, such as example.org";
        }
        for (String label : labels) {
            if (label.length() > MAX_LABEL || !LABEL.matcher(label).matches()) {
                return "must have a domain (after '@') of labels of 1 to 63 letters, digits or inner hyphens, not '"
                        + Text.excerpt(domain) + "'";
            }
        }
        if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "must have a domain whose last label is not all digits; an IP address is written [192.0.2.1]";
        }
        return null;
    }

    /** {@code [IPv4]} or {@code [IPv6:...]}; the general form (a registered tag) has no tag registered. */
    private static String addressLiteralProblem(String literal) {
        if (literal.length() > 2 && literal.endsWith("]")) {
            String inside = literal.substring(1, literal.length() - 1);
            boolean v6 = inside.regionMatches(true, 0, "IPv6:", 0, 5);
            byte[] address = v6 ? IpAddresses.ipv6(inside.substring(5)) : IpAddresses.ipv4(inside);
            if (address != null) {
                return null;
            }
        }
        return "must have an address literal as RFC 5321 writes it: [192.0.2.1] or [IPv6:2001:db8::1]";
    }
}
