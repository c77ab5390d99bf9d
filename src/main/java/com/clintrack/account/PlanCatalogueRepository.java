package com.clintrack.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCatalogueRepository extends JpaRepository<PlanDefinition, Plan> {

    List<PlanDefinition> findAllByOrderByPositionAsc();
}
