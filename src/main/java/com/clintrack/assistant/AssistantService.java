package com.clintrack.assistant;

import com.clintrack.base.Messages;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistant as features use it. The offline engine answers unless an LLM is configured AND the user
 * has turned it on; then the LLM gets a time limit, and on timeout or error the offline engine answers
 * with a notice saying so. Nothing about the user is sent anywhere while the LLM is off.
 *
 * <p>The drafting methods hold no transaction: an LLM call must not keep a database connection.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssistantService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AssistantService.class);

    private final OfflineAssistant offline;
    private final @Nullable LlmAssistant llm;
    private final AssistantSettingRepository settings;
    private final CurrentUser currentUser;
    private final AssistantProperties properties;
    private final Messages messages;
    private final Clock clock;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    AssistantService(OfflineAssistant offline, ObjectProvider<LlmAssistant> llm, AssistantSettingRepository settings,
            CurrentUser currentUser, AssistantProperties properties, Messages messages, Clock clock) {
        this.offline = offline;
        this.llm = llm.getIfAvailable();
        this.settings = settings;
        this.currentUser = currentUser;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether an LLM is configured on this server at all. */
    public boolean llmAvailable() {
        return llm != null;
    }

    /** Whether the current user lets their data go to the configured LLM. */
    @Transactional(readOnly = true)
    public boolean llmEnabled() {
        return settings.findById(currentUser.id()).map(AssistantSetting::llmEnabled).orElse(false);
    }

    @Transactional
    public void enableLlm(boolean enabled) {
        long owner = currentUser.id();
        AssistantSetting setting = settings.findById(owner).orElseGet(() -> new AssistantSetting(owner, clock.instant()));
        setting.setLlmEnabled(enabled && llmAvailable(), clock.instant());
        settings.save(setting);
    }

    public AssistantReply<String> draftCoverLetter(CoverLetterBrief brief) {
        return run(engine -> engine.draftCoverLetter(brief));
    }

    public AssistantReply<List<String>> suggestBullets(BulletBrief brief) {
        return run(engine -> engine.suggestBullets(brief));
    }

    public AssistantReply<AnswerReview> reviewAnswer(AnswerBrief brief) {
        return run(engine -> engine.reviewAnswer(brief));
    }

    public AssistantReply<CoachingPlan> coachingPlan(CoachingBrief brief) {
        return run(engine -> engine.coachingPlan(brief));
    }

    private <T> AssistantReply<T> run(Function<AssistantEngine, T> operation) {
        LlmAssistant model = llm;
        boolean consent = model != null && settings.findById(currentUser.id()).map(AssistantSetting::llmEnabled)
                .orElse(false);
        if (model == null || !consent) {
            return new AssistantReply<>(operation.apply(offline), AssistantReply.Engine.OFFLINE, null);
        }
        CompletableFuture<T> call = CompletableFuture.supplyAsync(() -> operation.apply(model), calls);
        try {
            T value = call.get(properties.effectiveTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new AssistantReply<>(value, AssistantReply.Engine.LLM, null);
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("The LLM assistant took longer than {}; answered offline", properties.effectiveTimeout());
            return fallback(operation, "assistant.notice.timeout");
        } catch (ExecutionException e) {
            log.warn("The LLM assistant failed; answered offline: {}", e.getCause().toString());
            return fallback(operation, "assistant.notice.failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback(operation, "assistant.notice.failed");
        }
    }

    private <T> AssistantReply<T> fallback(Function<AssistantEngine, T> operation, String noticeKey) {
        return new AssistantReply<>(operation.apply(offline), AssistantReply.Engine.OFFLINE, messages.get(noticeKey));
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
