/**
 * The database: pool, Jdbi, Flyway migrations (one set, dialect placeholders) and transactions. Only repositories use
 * {@link dev.duet.storage.Database}; no JDBC types leave it or them. For the cluster: {@link dev.duet.storage.ClusterNotifier} tells the
 * other nodes what changed, and {@link dev.duet.storage.ClaimPoller} is the polling loop of work that every node looks
 * for and claims in the database (due schedules, the wins digest).
 */
package dev.duet.storage;
