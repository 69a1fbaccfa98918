/**
 * The database: pool, Jdbi, Flyway migrations (one set, dialect placeholders) and transactions. Only repositories use
 * this package; no JDBC types leave it or them.
 */
package dev.duet.storage;
