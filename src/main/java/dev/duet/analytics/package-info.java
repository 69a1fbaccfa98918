/**
 * Events from sites and what is computed from them.
 * <ul>
 *   <li>{@link dev.duet.analytics.Event} / {@link dev.duet.analytics.EventType}: one validated event.</li>
 *   <li>{@link dev.duet.analytics.EventLog#append}: stores a batch durably in one transaction, with its rollups
 *       (hourly counts by story, block, experiment, variation, segment, channel, locale and device; daily distinct
 *       visitors) and experiment exposures and per-visitor metrics.</li>
 *   <li>{@link dev.duet.analytics.ExperimentData#totals}: per-variation units and sufficient statistics of a metric,
 *       for the experiment analysis.</li>
 * </ul>
 */
package dev.duet.analytics;
