package com.clintrack.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessedBillingEventRepository extends JpaRepository<ProcessedBillingEvent, String> {
}
