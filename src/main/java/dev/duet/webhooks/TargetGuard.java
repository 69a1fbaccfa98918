package dev.duet.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps webhooks off internal networks (SSRF): a target's host must resolve, and unless configuration allows private
 * targets, every address it resolves to must be public (see {@link PrivateAddresses}). Checked when a webhook is
 * saved and again right before each attempt, because what a name resolves to can change after it was saved.
 * Thread-safe.
 *
 * <p>Limit: the HTTP client resolves the name once more when it connects, so a name server that answers differently
 * within that instant (DNS rebinding with a zero TTL) is not caught; a network-level egress rule closes that gap.
 */
public final class TargetGuard {

    /** Looks up a host's addresses: DNS in production, a table in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    /** {@code allowPrivate}: the setting {@code webhookAllowPrivateTargets}, for development and tests. */
    public TargetGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    TargetGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * Resolves the host of {@code url} now; fails with {@link UnresolvableHost} if it has no address and with
     * {@link TargetRefused} if any of its addresses is internal (and that is not allowed).
     */
    public void check(URI url) {
        var host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new UnresolvableHost(host);
        }
        if (addresses.length == 0) throw new UnresolvableHost(host);
        if (allowPrivate) return;
        for (var address : addresses) {
            var kind = PrivateAddresses.kind(address);
            if (kind.isPresent()) throw new TargetRefused(describe(host, address, kind.get()));
        }
    }

    private static String describe(String host, InetAddress address, String kind) {
        var literal = host.startsWith("[") || host.matches("[0-9.]+");
        var what = literal ? host + " is" : host + " resolves to " + address.getHostAddress() + ",";
        var article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? " an " : " a ";
        return what + article + kind + " address; webhooks may not target internal networks unless the setting "
                + "webhookAllowPrivateTargets (DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS) is on";
    }
}
