package com.clintrack.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndOwnerId(long id, long ownerId);

    List<ApiToken> findByOwnerId(long ownerId, Pageable pageable);

    long countByOwnerId(long ownerId);
}
