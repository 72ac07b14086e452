package org.prefcenter.webhooks.control;

import org.prefcenter.platform.rules.CaseInsensitive;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * The SSRF guard: a webhook's Url must be https and its host must resolve only to public addresses,
 * unless the host is one the operator allows ({@code prefcenter.webhooks.allowed-hosts}), which is
 * exempt from both rules. Checked when a Url is given, and again before each delivery, after
 * resolving the host anew.
 */
public final class UrlGuard {

    public static final int MAX_LENGTH = 2000;

    private UrlGuard() {
    }

    /** Why the Url may not be given (its form, then its scheme and addresses), or null when it may. */
    public static String problemWith(String url, Set<String> allowedHosts) {
        String form = problemWithForm(url);
        if (form != null) {
            return form;
        }
        return problemWithTarget(URI.create(url), allowedHosts, false);
    }

    /** Why the Url's form is refused, whatever its host: null when it is a well-formed absolute http(s) URL. */
    public static String problemWithForm(String url) {
        if (url.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            return "must be an absolute URL (" + malformed.getReason() + ")";
        }
        String scheme = uri.getScheme() == null ? "" : CaseInsensitive.asciiKey(uri.getScheme());
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "must be an https URL";
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            return "must not contain user information (user:password@)";
        }
        if (uri.getRawFragment() != null) {
            return "must not contain a fragment (#...)";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "must name a host";
        }
        return null;
    }

    /**
     * Why the URL's scheme or host is refused now (its host resolved anew), or null when it may be sent
     * to. A host that does not resolve is refused only when {@code mustResolve} (at delivery): when a
     * Url is given, its DNS name may not be published yet, and each delivery checks it again.
     */
    public static String problemWithTarget(URI uri, Set<String> allowedHosts, boolean mustResolve) {
        String host = WebhookSettings.hostKey(uri.getHost());
        if (allowedHosts.contains(host)) {
            return null;
        }
        if (!"https".equals(CaseInsensitive.asciiKey(uri.getScheme()))) {
            return "must be an https URL (http only for the hosts of " + WebhookSettings.ALLOWED_HOSTS + ")";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unresolved) {
            return mustResolve ? "has a host that does not resolve: " + host : null;
        }
        for (InetAddress address : addresses) {
            String kind = forbidden(address);
            if (kind != null) {
                return "has a host that resolves to a " + kind + " address (" + address.getHostAddress()
                        + "), which webhooks may not be sent to";
            }
        }
        return null;
    }

    /** What kind of address a webhook must not reach, or null for a public one. */
    static String forbidden(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
                return "private";
            }
            if (first == 100 && (second & 0xc0) == 64) {
                return "shared (CGNAT)";
            }
            if (first == 0) {
                return "unspecified";
            }
            if (first >= 240) {
                return "reserved";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private (unique local)";
            }
            if (address.isSiteLocalAddress()) {
                return "private (site-local)";
            }
            if (embedsIpv4(b)) {
                try {
                    InetAddress embedded = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                    String kind = forbidden(embedded);
                    return kind == null ? null : kind + " (IPv4 within IPv6)";
                } catch (UnknownHostException impossible) {
                    return "malformed";
                }
            }
        }
        return null;
    }

    /** ::a.b.c.d (IPv4-compatible) or 64:ff9b::a.b.c.d (NAT64); ::ffff:a.b.c.d Java hands over as IPv4. */
    private static boolean embedsIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 12; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return zeroPrefix || nat64;
    }
}
