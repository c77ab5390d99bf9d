package com.clintrack.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanQuotaRepository extends JpaRepository<PlanQuota, Long> {

    Optional<PlanQuota> findByPlanCodeAndFeature(Plan planCode, QuotaFeature feature);

    List<PlanQuota> findByPlanCode(Plan planCode);
}
