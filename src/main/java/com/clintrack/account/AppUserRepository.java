package com.clintrack.account;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.email = :email")
    Optional<AppUser> findByEmailForUpdate(String email);

    boolean existsByEmail(String email);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role")
    boolean existsWithRole(String role);

    @Query(value = "select u from AppUser u where lower(u.email) like :text or lower(u.displayName) like :text",
            countQuery = "select count(u) from AppUser u where lower(u.email) like :text or lower(u.displayName) like :text")
    Page<AppUser> search(String text, Pageable pageable);
}
