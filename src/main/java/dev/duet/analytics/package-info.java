/**
 * Events from sites and what is computed from them.
 * <ul>
 *   <li>{@link dev.duet.analytics.EventRoutes}: {@code POST /v2/events} (and its CORS preflight), authorised by a
 *       space's delivery token; see {@code docs/events.md} for the wire format and the rules.</li>
 *   <li>{@link dev.duet.analytics.EventIntake}: checks a request's events one by one ({@code EventRules},
 *       {@code Channels}, {@code Devices}), hands the valid ones to the {@link dev.duet.analytics.EventWriter} and
 *       answers once they are committed; built once in {@code app.Wiring} with the delivery feature's token
 *       resolution, closed first on shutdown so waiting events are committed.</li>
 *   <li>{@link dev.duet.analytics.EventWriter}: group commit on one writer thread per node, with a bounded queue
 *       (a request that does not fit is refused whole) and failures reported to every waiting request.</li>
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
