package dev.duet.collab.requests;

/**
 * The short brief of a request: the problem, what should be true afterwards and how success is measured, for whom,
 * what is delivered, which systems it touches and what constrains it. Problem and objective are required.
 */
public record Brief(String problem, String objective, String successKpi, String audience, String deliverables,
                    String systemsAffected, String constraints) {
}
