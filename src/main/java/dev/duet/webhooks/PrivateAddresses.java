package dev.duet.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address blocks webhooks may not reach unless configuration allows it: loopback, private, link-local,
 * unspecified, multicast, carrier-grade NAT and reserved, in IPv4 and IPv6. IPv6 forms that carry an IPv4 address
 * (mapped, compatible, NAT64, 6to4) are judged by that address, so {@code ::ffff:127.0.0.1} is loopback too. Pure and
 * thread-safe.
 */
final class PrivateAddresses {

    private record Block(byte[] network, int prefixLength, String kind) {
        boolean contains(byte[] address) {
            if (address.length != network.length) return false;
            int whole = prefixLength / 8;
            if (!Arrays.equals(address, 0, whole, network, 0, whole)) return false;
            int rest = prefixLength % 8;
            if (rest == 0) return true;
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0", 8, "unspecified"),
            block("10.0.0.0", 8, "private"),
            block("100.64.0.0", 10, "carrier-grade NAT"),
            block("127.0.0.0", 8, "loopback"),
            block("169.254.0.0", 16, "link-local"),
            block("172.16.0.0", 12, "private"),
            block("192.168.0.0", 16, "private"),
            block("224.0.0.0", 4, "multicast"),
            block("240.0.0.0", 4, "reserved"),
            block("::", 128, "unspecified"),
            block("::1", 128, "loopback"),
            block("fc00::", 7, "private"),
            block("fe80::", 10, "link-local"),
            block("fec0::", 10, "private"),
            block("ff00::", 8, "multicast"));

    private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private PrivateAddresses() {
    }

    /** What kind of internal address this is ({@code loopback}, {@code private}, ...), or empty for a public one. */
    static Optional<String> kind(InetAddress address) {
        var bytes = address.getAddress();
        var found = BLOCKS.stream().filter(block -> block.contains(bytes)).findFirst().map(Block::kind);
        if (found.isPresent()) return found;
        var embedded = embeddedIpv4(bytes);
        return embedded == null ? Optional.empty() : kind(embedded);
    }

    /** The IPv4 address an IPv6 address stands for, or null if it stands for none. */
    private static InetAddress embeddedIpv4(byte[] bytes) {
        if (bytes.length != 16) return null;
        byte[] ipv4;
        if (zero(bytes, 0, 10) && (bytes[10] & bytes[11] & 0xff) == 0xff || zero(bytes, 0, 12)) {
            ipv4 = Arrays.copyOfRange(bytes, 12, 16); // ::ffff:a.b.c.d (mapped) or ::a.b.c.d (compatible)
        } else if (Arrays.equals(bytes, 0, 12, NAT64, 0, 12)) {
            ipv4 = Arrays.copyOfRange(bytes, 12, 16); // 64:ff9b::a.b.c.d
        } else if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            ipv4 = Arrays.copyOfRange(bytes, 2, 6); // 2002:aabb:ccdd::/48 (6to4)
        } else {
            return null;
        }
        try {
            return InetAddress.getByAddress(ipv4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) if (bytes[i] != 0) return false;
        return true;
    }

    private static Block block(String network, int prefixLength, String kind) {
        try {
            return new Block(InetAddress.getByName(network).getAddress(), prefixLength, kind);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address literal: " + network, e);
        }
    }
}
