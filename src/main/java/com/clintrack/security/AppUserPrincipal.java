package com.clintrack.security;

import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it. Holds ids and settings, never the user's data. */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<String> roles;
    private final String timeZone;
    private final boolean locked;
    private final boolean mustChangePassword;

    public AppUserPrincipal(long id, String email, String displayName, @Nullable String passwordHash,
            Set<String> roles, String timeZone, boolean locked, boolean mustChangePassword) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.timeZone = timeZone;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return roles;
    }

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isAdmin() {
        return roles.contains(AppRoles.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().sorted().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserPrincipal that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[id=" + id + ", roles=" + List.copyOf(roles) + "]";
    }
}
