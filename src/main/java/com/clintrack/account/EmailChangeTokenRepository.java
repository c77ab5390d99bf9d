package com.clintrack.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailChangeTokenRepository extends JpaRepository<EmailChangeToken, Long> {

    Optional<EmailChangeToken> findByTokenHashAndOwnerId(String tokenHash, long ownerId);
}
