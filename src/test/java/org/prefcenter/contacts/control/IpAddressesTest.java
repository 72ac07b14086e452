package org.prefcenter.contacts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.prefcenter.platform.rules.Violation;

class IpAddressesTest {

    private final List<Violation> errors = new ArrayList<>();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "203.0.113.7, 203.0.113.0", "203.0.113.0, 203.0.113.0", "0.0.0.0, 0.0.0.0", "255.255.255.255, 255.255.255.0",
        "10.1.2.3, 10.1.2.0",
        "2001:db8:85a3:8d3:1319:8a2e:370:7348, 2001:db8:85a3::", "2001:DB8:85A3::1, 2001:db8:85a3::",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::", "::1, ::", "::, ::", "fe80::1, fe80::",
        "2001:db8:1:2:3:4:5:6, 2001:db8:1::", "1:0:1::, 1:0:1::", "1:2:3:4:5:6:7::, 1:2:3::",
        "0:0:1::, 0:0:1::", "1::2:3:4:5:6:7, 1:0:2::", "64:ff9b::192.0.2.33, 64:ff9b::",
        // an IPv4-mapped address is the IPv4 address it maps
        "::ffff:192.0.2.33, 192.0.2.0", "::FFFF:c000:0221, 192.0.2.0",
    })
    void keepsOnlyTheNetwork(String address, String truncated) {
        assertThat(IpAddresses.truncated(address, "/Source/IpAddress", errors)).isEqualTo(truncated);
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "localhost", "example.org", "203.0.113", "203.0.113.7.1", "256.0.0.1", "01.2.3.4", "1.2.3.04",
        "1.2.3.-4", "1.2.3.4 ", " 1.2.3.4", "1..2.3", "0x7f.0.0.1", "2130706433", "１.２.３.４",
        "2001:db8::1::2", "2001:db8:::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8::",
        "12345::1", "g::1", ":1::", "1::2:", "fe80::1%eth0", "[::1]", "::1.2.3", "::256.1.2.3",
        "1.2.3.4::", "::ffff:1.2.3.4:5", "2001:db8::1/48", "0000000000000000000000000000000000000000000000::"
    })
    void refusesWhatIsNoAddressLiteralWithoutLookingItUp(String value) {
        assertThat(IpAddresses.truncated(value, "/Source/IpAddress", errors)).isNull();
        assertThat(errors).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("/Source/IpAddress");
            assertThat(violation.message()).startsWith("must be an IPv4");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::", "::", "1::", "::1:0:0:0", "1:0:0:1:0:0:0:1", "1:0:0:1:1:0:0:1",
        "2001:db8:0:1:1:1:1:1", "fe80::204:61ff:fe9d:f156"})
    void writesIpv6AsRfc5952AndAsTheJdkReadsIt(String address) throws Exception {
        byte[] bytes = IpAddresses.ipv6(address);
        assertThat(bytes).isEqualTo(InetAddress.getByName(address).getAddress()); // a literal: no lookup
        assertThat(IpAddresses.ipv6(IpAddresses.ipv6Text(bytes))).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"1:0:0:1:0:0:0:1, 1:0:0:1::1", "1:0:0:1:1:0:0:1, 1::1:1:0:0:1", "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "0:0:0:0:0:0:0:1, ::1", "1:0:0:0:0:0:0:0, 1::"})
    void compressesTheLongestFirstRunOfZeroGroups(String address, String text) {
        assertThat(IpAddresses.ipv6Text(IpAddresses.ipv6(address))).isEqualTo(text);
    }

    @Test
    void refusesLongValuesBeforeReadingThem() {
        assertThat(IpAddresses.truncated("1:2:3:4:5:6:7:8".repeat(3), "/x", errors)).isNull();
        assertThat(IpAddresses.truncated(null, "/x", errors)).isNull();
        assertThat(errors).hasSize(2);
    }
}
