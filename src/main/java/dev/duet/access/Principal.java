package dev.duet.access;

import java.util.Set;

/**
 * Who is calling and what they may do: a signed-in user (session cookie) or a management token acting for its user
 * with at most the token's scopes.
 */
public record Principal(long userId, String email, Role role, Set<Permission> permissions, Via via, String csrfToken) {

    public enum Via { SESSION, TOKEN }

    public Principal {
        permissions = Set.copyOf(permissions);
    }

    public boolean may(Permission permission) {
        return permission == Permission.PUBLIC || permission == Permission.SIGNED_IN || permissions.contains(permission);
    }

    /** How the audit log names this caller. */
    public String actor() {
        return via == Via.TOKEN ? email + " (token)" : email;
    }
}
