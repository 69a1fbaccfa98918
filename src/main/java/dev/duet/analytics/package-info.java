/**
 * Events from sites and what is computed from them.
 * <ul>
 *   <li>{@link dev.duet.analytics.Event} / {@link dev.duet.analytics.EventType}: one validated event.</li>
 *   <li>{@link dev.duet.analytics.EventLog#append}: stores a batch durably in one transaction, with its rollups
 *       (hourly counts by story, block, experiment, variation, segment, channel, locale and device; daily distinct
 *       visitors) and experiment exposures and per-visitor metrics.</li>
 *   <li>{@link dev.duet.analytics.ExperimentData#totals}: per-variation units and sufficient statistics of a metric,
 *       for the experiment analysis.</li>
 *   <li>{@link dev.duet.analytics.Insights}: content performance read from the rollups (headline numbers with a
 *       series and the previous period, per story with top movers, per block, day of week by hour, by segment,
 *       channel, locale or device), as {@link dev.duet.analytics.InsightsReport} values over an
 *       {@link dev.duet.analytics.InsightsPeriod}; {@link dev.duet.analytics.InsightsCsv} writes them as CSV and
 *       {@link dev.duet.analytics.InsightsRoutes} serves them under {@code /api/spaces/{space_id}/insights}.</li>
 * </ul>
 */
package dev.duet.analytics;
