/**
 * Joint decisions by ranked-choice vote (instant runoff). {@link dev.duet.collab.decisions.Decisions} drafts a
 * decision (options, voters from both teams, the tie-break chain), opens and closes the vote, deletes drafts and closed
 * decisions, takes ballots and gives the result; {@link dev.duet.collab.decisions.InstantRunoff} is the pure count,
 * round by round, and {@link dev.duet.collab.decisions.DecisionRoutes} the HTTP API under {@code /api/decisions}.
 * Rules: docs/decisions.md.
 */
package dev.duet.collab.decisions;
