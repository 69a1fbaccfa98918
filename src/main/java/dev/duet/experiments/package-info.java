/**
 * Experiments: A/B/n tests of any block, stored as experiment blocks ({@code "component": "duet_experiment"}) in a
 * story's content, so they are versioned, reviewed and published like the content they test.
 * <ul>
 *   <li>{@link dev.duet.experiments.ExperimentBlock}, {@link dev.duet.experiments.Hashing},
 *       {@link dev.duet.experiments.BucketRanges}, {@link dev.duet.experiments.Namespace}: the block as stored and
 *       GrowthBook's public assignment ({@code ExperimentBlock.of(node).assign(visitor)}: the variation, or none unless
 *       running and the visitor is inside the namespace and coverage). Pure and thread-safe; delivery calls these.</li>
 *   <li>{@link dev.duet.experiments.ContentExperiments}: finding experiment blocks in content, replacing one, the
 *       uids inside a block.</li>
 *   <li>{@link dev.duet.experiments.Experiments#list} / {@link dev.duet.experiments.Experiments#get}: the space's
 *       experiments as {@link dev.duet.experiments.Experiment}s (draft and published status, variants, settings,
 *       exposed units); {@link dev.duet.experiments.ExperimentNotFound} for an unknown key.</li>
 *   <li>{@link dev.duet.experiments.ExperimentResults#results}: units, sample-ratio check, progress, per goal and
 *       guardrail the totals and the stats engine's comparisons ({@code experiments.stats}), and a suggested
 *       decision.</li>
 *   <li>{@link dev.duet.experiments.ExperimentWrites#ship} / {@link dev.duet.experiments.ExperimentWrites#changeStatus}:
 *       a new story version through {@code content.StoryService}, so workflow, locking and activity apply.</li>
 *   <li>{@link dev.duet.experiments.ExperimentKeys}: the story hook that keeps keys unique across a space
 *       ({@link dev.duet.experiments.ExperimentKeyTaken}, 409).</li>
 *   <li>{@link dev.duet.experiments.ExperimentRoutes}: {@code /api/spaces/{space_id}/experiments[/{key}[/results|/ship|/status]]}.</li>
 *   <li>{@link dev.duet.experiments.StatsRoutes}: {@code POST /api/stats/analyze}, the stats engine
 *       ({@code experiments.stats}) for data teams' own numbers.</li>
 * </ul>
 * The per-block validation rules live with the other content rules, in {@code schema.ExperimentChecks}.
 */
package dev.duet.experiments;
