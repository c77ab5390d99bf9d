package com.clintrack.documents;

import com.clintrack.account.ActiveCountSource;
import com.clintrack.account.QuotaFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The owner-scoped counts behind the RESUMES and COVER_LETTERS quotas, for the plan page and
 * {@code GET /api/v1/me/usage}. The same count queries feed {@code QuotaService.acquire} on create.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCounts {

    @Bean
    ActiveCountSource resumeCount(ResumeRepository resumes) {
        return source(QuotaFeature.RESUMES, resumes::countByOwnerId);
    }

    @Bean
    ActiveCountSource coverLetterCount(CoverLetterRepository letters) {
        return source(QuotaFeature.COVER_LETTERS, letters::countByOwnerId);
    }

    private static ActiveCountSource source(QuotaFeature feature, java.util.function.LongUnaryOperator count) {
        return new ActiveCountSource() {
            @Override
            public QuotaFeature feature() {
                return feature;
            }

            @Override
            public long activeCount(long ownerId) {
                return count.applyAsLong(ownerId);
            }
        };
    }
}
