package com.clintrack.account.api;

import com.clintrack.account.AccountDataService;
import com.clintrack.account.PlanInfo;
import com.clintrack.account.PlanService;
import com.clintrack.account.QuotaService;
import com.clintrack.account.QuotaUsage;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plans, the caller's usage, data export and account deletion. */
@RestController
@RequestMapping("/api/v1")
class PlansController {

    /** A plan of the catalogue. */
    record PlanResponse(String code, String name, int priceCents, String currency, List<QuotaResponse> quotas) {
    }

    /** One quota of a plan; limit null = unlimited; setting for SETTING quotas (job-alert frequency). */
    record QuotaResponse(String feature, String kind, @Nullable Integer limit, @Nullable String setting) {
    }

    /** One quota of the caller with what is used. */
    record UsageResponse(String feature, String kind, @Nullable Integer limit, long used, @Nullable String setting) {
    }

    /** The body of DELETE /api/v1/me. */
    record DeleteRequest(@Nullable String password) {
    }

    private final PlanService plans;
    private final QuotaService quotas;
    private final AccountDataService data;

    PlansController(PlanService plans, QuotaService quotas, AccountDataService data) {
        this.plans = plans;
        this.quotas = quotas;
        this.data = data;
    }

    @GetMapping("/plans")
    List<PlanResponse> plans() {
        return plans.plans().stream().map(PlansController::toResponse).toList();
    }

    @GetMapping("/me/usage")
    List<UsageResponse> usage() {
        return quotas.myUsage().stream().map(PlansController::toResponse).toList();
    }

    @GetMapping("/me/export")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(AccountDataService.EXPORT_FILE_NAME).build().toString())
                .body(data.exportMine());
    }

    @DeleteMapping("/me")
    ResponseEntity<Void> delete(@RequestBody(required = false) @Nullable DeleteRequest request) {
        data.deleteMine(request == null || request.password() == null ? "" : request.password());
        return ResponseEntity.noContent().build();
    }

    static PlanResponse toResponse(PlanInfo plan) {
        return new PlanResponse(plan.code().name(), plan.name(), plan.priceCents(), plan.currency(),
                plan.quotas().stream().map(q -> new QuotaResponse(q.feature().name(), q.kind().name(), q.limit(),
                        q.setting())).toList());
    }

    private static UsageResponse toResponse(QuotaUsage usage) {
        return new UsageResponse(usage.feature().name(), usage.kind().name(), usage.limit(), usage.used(),
                usage.setting());
    }
}
