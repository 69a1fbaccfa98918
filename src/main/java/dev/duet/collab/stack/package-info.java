/**
 * The martech stack: the tools the company pays for, how they connect, and their audit.
 *
 * <p>Public API for other features (built once in {@code app.Wiring}):
 * <ul>
 *   <li>{@link dev.duet.collab.stack.StackTools}: list (filter by category, owner team, text), get, create, update
 *       (a full replacement), delete tools; {@code decide} records an audit decision (keep, consolidate, retire,
 *       renegotiate) with its rationale, who and when, keeping earlier ones as history.</li>
 *   <li>{@link dev.duet.collab.stack.StackIntegrations}: which tool sends what to which.</li>
 *   <li>{@link dev.duet.collab.stack.StackAudit#of}: the audit's figures from a list of tools and a day, pure.</li>
 * </ul>
 *
 * <p>HTTP (company-wide, under {@code /api/stack}; reads need {@code content:read}, writes {@code stack:write}):
 * {@code tools}, {@code tools/{tool_id}}, {@code tools/{tool_id}/decisions}, {@code tools.csv} (export),
 * {@code tools/import} (CSV, all or nothing), {@code integrations}, {@code integrations/{integration_id}} and
 * {@code audit?within_days=60}.
 *
 * <p>Rules: names are unique ignoring case; categories are a fixed list; costs are decimals (at most 2 places, never
 * negative) in an ISO 4217 currency, billed monthly or yearly; the renewal must not come before the contract start;
 * more active than paid seats is allowed and flagged by the audit. Sums are per currency, never converted.
 */
package dev.duet.collab.stack;
