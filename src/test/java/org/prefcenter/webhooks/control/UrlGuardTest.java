package org.prefcenter.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlGuardTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback", "127.0.0.2, loopback", "::1, loopback",
        "10.0.0.1, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.0.1, private",
        "fc00::1, private", "fd12:3456::1, private",
        "169.254.169.254, link-local", "fe80::1, link-local",
        "0.0.0.0, unspecified", "::, unspecified", "0.1.2.3, unspecified",
        "224.0.0.1, multicast", "ff02::1, multicast",
        "100.64.0.1, CGNAT", "100.127.255.255, CGNAT",
        "240.0.0.1, reserved", "255.255.255.255, reserved",
        "::ffff:10.0.0.1, private", "::10.0.0.1, private", "64:ff9b::a9fe:a9fe, link-local"
    })
    void internalAddressesAreForbidden(String address, String kind) throws Exception {
        assertThat(UrlGuard.forbidden(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:4860:4860::8888",
        "100.63.255.255", "64:ff9b::808:808"})
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(UrlGuard.forbidden(InetAddress.getByName(address))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9/x", "http://LOCALHOST/x", "https://[::1]/"})
    void allowedHostsAreExemptFromBothRules(String url) {
        assertThat(UrlGuard.problemWith(url, Set.of("127.0.0.1", "localhost", "::1"))).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "http://93.184.216.34/, https", "https://u:p@93.184.216.34/, user information",
        "https://93.184.216.34/#x, fragment", "https://93.184.216.34/#, fragment", "mailto:a@b.c, https",
        "https:/relative, host", "'https://a b/', absolute URL"
    })
    void malformedOrPlainUrlsAreRefused(String url, String why) {
        assertThat(UrlGuard.problemWith(url, Set.of())).contains(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://no-such-host.invalid/x"})
    void aNameThatDoesNotResolveIsAcceptedWhenGivenAndRefusedAtDelivery(String url) {
        assertThat(UrlGuard.problemWith(url, Set.of())).isNull();
        assertThat(UrlGuard.problemWithTarget(URI.create(url), Set.of(), true)).contains("does not resolve");
    }
}
