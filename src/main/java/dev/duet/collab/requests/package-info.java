/**
 * Requests between the marketing and the IT team, company-wide: a short brief (problem, objective, success KPI,
 * audience, deliverables, systems affected, constraints, a due date with its reason), intake (new, accepted, rejected,
 * snoozed, duplicate) and work states (to do, in progress, in review, blocked, done) on a board, a filtered list,
 * comments, watchers and a timeline of every change.
 *
 * <p>Public API: {@link dev.duet.collab.requests.Requests} files, edits, assigns and reads;
 * {@link dev.duet.collab.requests.RequestTriage} takes requests in and moves them on the board (done records a
 * {@code request.delivered} win in the same transaction); {@link dev.duet.collab.requests.RequestConversation} keeps
 * comments and watchers; {@link dev.duet.collab.requests.RequestRoutes} serves {@code /api/requests}. Links into a
 * space are checked through {@link dev.duet.collab.requests.LinkTargets}, which the composition root provides.
 */
package dev.duet.collab.requests;
