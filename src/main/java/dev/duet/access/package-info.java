/**
 * Who may do what. Public API: {@link dev.duet.access.Users}, {@link dev.duet.access.Sessions},
 * {@link dev.duet.access.ApiTokens}, {@link dev.duet.access.AuditLog}, the {@link dev.duet.access.Permission} every route
 * declares, and {@link dev.duet.access.AccessGuard#principal} for handlers that need the caller. The guard denies any
 * route that declares no permission, checks CSRF on cookie-authenticated writes and audits every successful write.
 */
package dev.duet.access;
