package com.clintrack.account;

import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.PrincipalLookup;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security, and stores rehashed passwords when the hash settings grow. */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService, PrincipalLookup {

    private final AppUserRepository users;
    private final Clock clock;

    AccountUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByEmail(AccountValidation.normalizeEmail(username))
                .map(user -> user.toPrincipal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        AppUser account = users.findByEmail(AccountValidation.normalizeEmail(user.getUsername()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        account.upgradeHash(newPassword);
        return account.toPrincipal(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AppUserPrincipal> principalById(long userId) {
        return users.findById(userId).map(user -> user.toPrincipal(clock.instant()));
    }
}
