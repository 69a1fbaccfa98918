package dev.duet.webhooks;

import dev.duet.failure.InvalidInput;

import java.util.List;

/**
 * A webhook URL whose host is, or resolves to, an address on a loopback, private, link-local or otherwise internal
 * network, which webhooks may not reach unless configuration allows it (they could otherwise probe or attack what
 * sits behind the firewall, such as cloud metadata services).
 */
public class TargetRefused extends InvalidInput {
    public TargetRefused(String reason) {
        super("url: " + reason, List.of(new Problem("url", reason)));
    }

    /** The sentence without the field name, for the delivery log. */
    public String reason() {
        return ((Problem) details().getFirst()).message();
    }
}
