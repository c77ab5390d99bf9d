package com.clintrack.security;

import java.util.Optional;

/** Loads the principal of a user by id; the account feature provides it. */
public interface PrincipalLookup {

    Optional<AppUserPrincipal> principalById(long userId);
}
