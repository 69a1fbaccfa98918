package dev.duet.webhooks;

import dev.duet.failure.InvalidInput;

import java.util.List;

/** A webhook URL whose host has no address, so Duet cannot check or reach it. */
public class UnresolvableHost extends InvalidInput {
    public UnresolvableHost(String host) {
        super("url: the host " + host + " cannot be resolved",
                List.of(new Problem("url", "the host " + host + " cannot be resolved")));
    }
}
