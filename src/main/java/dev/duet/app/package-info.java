/**
 * The command line ({@link dev.duet.app.Duet}), configuration ({@link dev.duet.app.DuetConfig}) and the one
 * composition root ({@link dev.duet.app.Wiring}). No other package depends on this one. Most commands open the
 * database; {@code duet schema pull | push} instead talk to a running Duet over HTTP with a management token, because
 * a site's repository and CI reach the server, not its database.
 */
package dev.duet.app;
