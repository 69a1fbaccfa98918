/**
 * Goals: objectives per quarter (or custom dates) with weighted key results owned by marketing or IT, whose values
 * come from manual check-ins, live insights metrics (a space, a story or an experiment variation's goal) or Duet's
 * operational metrics. {@link dev.duet.collab.goals.Goals} is the service (its views carry each key result's value,
 * score, band and staleness); {@link dev.duet.collab.goals.GoalScoring} holds the scoring rules; reaching a target
 * records a {@code key_result.reached} win. HTTP: {@link dev.duet.collab.goals.GoalRoutes} under /api/goals.
 */
package dev.duet.collab.goals;
