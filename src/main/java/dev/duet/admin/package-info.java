/**
 * The admin app: a buildless single-page app (ES modules, an import map, lit from its WebJar) served from
 * {@code src/main/resources/admin}. It talks only to the public management API with the signed-in user's session
 * cookie and CSRF token, so it can do nothing a user could not do with curl. {@link dev.duet.admin.AdminRoutes} is
 * the only Java here.
 */
package dev.duet.admin;
