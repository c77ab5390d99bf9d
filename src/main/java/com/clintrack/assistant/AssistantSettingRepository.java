package com.clintrack.assistant;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssistantSettingRepository extends JpaRepository<AssistantSetting, Long> {
}
