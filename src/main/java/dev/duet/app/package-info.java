/**
 * The command line ({@link dev.duet.app.Duet}), configuration ({@link dev.duet.app.DuetConfig}) and the one
 * composition root ({@link dev.duet.app.Wiring}). No other package depends on this one.
 */
package dev.duet.app;
