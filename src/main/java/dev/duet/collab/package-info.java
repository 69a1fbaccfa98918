/**
 * The collaboration hub, where marketing and IT work as one team: requests with short briefs ({@code requests}),
 * shared goals with key results fed by live metrics ({@code goals}), the martech stack and its audit ({@code stack}),
 * joint decisions by ranked-choice vote ({@code decisions}), a shared glossary ({@code glossary}) and a feed that
 * celebrates what shipped ({@code wins}). The hub is company-wide: its API lives under {@code /api/...}, not under a
 * space, and links into spaces (stories, releases, experiments, insights) carry their space id.
 */
package dev.duet.collab;
