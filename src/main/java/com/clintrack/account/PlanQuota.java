package com.clintrack.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The limit of one feature on one plan; a null limit is unlimited. */
@Entity
@Table(name = "plan_quota")
class PlanQuota {

    static final int SETTING_MAX = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_code", nullable = false, length = 16)
    private Plan planCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private QuotaFeature feature;

    @Column(name = "quota_limit")
    private @Nullable Integer limit;

    @Column(length = SETTING_MAX)
    private @Nullable String setting;

    protected PlanQuota() {
        this.planCode = Plan.FREE;
        this.feature = QuotaFeature.RESUMES;
    }

    PlanQuota(Plan planCode, QuotaFeature feature, @Nullable Integer limit, @Nullable String setting) {
        this.planCode = planCode;
        this.feature = feature;
        this.limit = limit;
        this.setting = setting;
    }

    Plan planCode() {
        return planCode;
    }

    QuotaFeature feature() {
        return feature;
    }

    @Nullable Integer limit() {
        return limit;
    }

    @Nullable String setting() {
        return setting;
    }

    void change(@Nullable Integer limit, @Nullable String setting) {
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("A limit cannot be negative");
        }
        this.limit = feature.kind() == QuotaKind.SETTING ? null : limit;
        this.setting = feature.kind() == QuotaKind.SETTING ? setting : null;
    }
}
