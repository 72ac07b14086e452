package org.prefcenter.contacts.control;

import java.util.Arrays;
import java.util.List;
import org.prefcenter.platform.rules.Text;
import org.prefcenter.platform.rules.Violation;

/**
 * IP address literals, read by hand: nothing here resolves a name (a lookup would leak, block and
 * accept what is no address). Consent evidence keeps only the network of an address, never the
 * address itself: IPv4 to its /24, IPv6 to its /48.
 */
public final class IpAddresses {

    static final int MAX_LENGTH = 45;
    private static final String EXPECTED = "must be an IPv4 (203.0.113.7) or IPv6 (2001:db8::1) address";

    private IpAddresses() {
    }

    /**
     * The address's network in its canonical form (IPv4 dotted, IPv6 as RFC 5952 writes it), or null
     * with a violation at {@code path}. An IPv4-mapped IPv6 address is the IPv4 address it maps.
     */
    public static String truncated(String value, String path, List<Violation> errors) {
        byte[] address = value == null || value.length() > MAX_LENGTH ? null : parse(value);
        if (address == null) {
            errors.add(Violation.at(path, EXPECTED + ", not '" + Text.excerpt(value == null ? "null" : value) + "'"));
            return null;
        }
        if (address.length == 4) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + ".0";
        }
        for (int i = 6; i < 16; i++) {
            address[i] = 0;
        }
        return ipv6Text(address);
    }

    /** 4 bytes (IPv4, also for an IPv4-mapped IPv6 address) or 16, or null when not a literal. */
    static byte[] parse(String value) {
        if (value.indexOf(':') < 0) {
            return ipv4(value);
        }
        byte[] v6 = ipv6(value);
        if (v6 != null && isIpv4Mapped(v6)) {
            return new byte[] {v6[12], v6[13], v6[14], v6[15]};
        }
        return v6;
    }

    /** Four decimal parts 0..255 without leading zeros: "010" would read as octal elsewhere. */
    static byte[] ipv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                return null;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return null;
            }
            address[i] = (byte) octet;
        }
        return address;
    }

    /** RFC 4291 2.2: eight groups of 1..4 hex digits, one "::" at most, an IPv4 tail; no zone. */
    static byte[] ipv6(String value) {
        int gap = value.indexOf("::");
        if (gap >= 0 && value.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? value.substring(0, gap) : value;
        String tail = gap >= 0 ? value.substring(gap + 2) : "";
        int[] before = groups(head, gap < 0);
        int[] after = gap >= 0 ? groups(tail, true) : new int[0];
        if (before == null || after == null) {
            return null;
        }
        int total = before.length + after.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] address = new byte[16];
        for (int i = 0; i < before.length; i++) {
            put(address, i, before[i]);
        }
        for (int i = 0; i < after.length; i++) {
            put(address, 8 - after.length + i, after[i]);
        }
        return address;
    }

    /** The 16-bit groups of one side of "::"; the last may be an IPv4 address (two groups) when it ends the address. */
    private static int[] groups(String side, boolean endsTheAddress) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        int[] groups = new int[parts.length + 1];
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && endsTheAddress && part.indexOf('.') >= 0) {
                byte[] v4 = ipv4(part);
                if (v4 == null) {
                    return null;
                }
                groups[count++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                groups[count++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
            } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpAddresses::isHex)) {
                return null;
            } else {
                groups[count++] = Integer.parseInt(part, 16);
            }
        }
        return Arrays.copyOf(groups, count);
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void put(byte[] address, int group, int value) {
        address[2 * group] = (byte) (value >> 8);
        address[2 * group + 1] = (byte) value;
    }

    private static boolean isIpv4Mapped(byte[] v6) {
        for (int i = 0; i < 10; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        return v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups (the first of equals) as "::". */
    static String ipv6Text(byte[] address) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
