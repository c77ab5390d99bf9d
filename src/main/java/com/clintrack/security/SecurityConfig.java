package com.clintrack.security;

import com.clintrack.audit.AuditAction;
import com.clintrack.audit.AuditLog;
import com.clintrack.audit.AuditOutcome;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: a stateless one for the REST API and actuator (bearer tokens only), and the
 * session-based one for the Vaadin UI. Both send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    /**
     * The tightest policy under which Vaadin 25 still runs: its client evaluates server-sent JavaScript
     * (unsafe-eval) and its bootstrap page carries inline script and styles. See docs/decisions/0003.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'");

    public static final String LOGIN_PATH = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, RateLimiter limiter) throws Exception {
        var unauthorized = ProblemJsonSecurityHandlers.unauthorized();
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/tokens").permitAll()
                        // Billing webhooks authenticate by their signature (account.api.BillingWebhookController).
                        .requestMatchers(HttpMethod.POST, "/api/v1/billing/webhook").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**", "/api/v1/admin/**").hasRole(AppRoles.ADMIN)
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemJsonSecurityHandlers.forbidden()))
                .addFilterBefore(new RateLimitFilter(limiter), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, unauthorized), AnonymousAuthenticationFilter.class);
        securityHeaders(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authenticationManager,
            OptInRememberMeServices rememberMe, RateLimiter limiter, AuditLog audit) throws Exception {
        // Remember-me cookies are checked here; passwords by the shared manager (lockout, audit) as parent.
        http.authenticationManager(new ProviderManager(
                List.of(new RememberMeAuthenticationProvider(rememberMe.key())), authenticationManager));
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/styles.css", "/images/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LOGIN_PATH)
                .addLogoutHandler(auditSignOut(audit)));
        http.rememberMe(r -> r.rememberMeServices(rememberMe));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.addFilterBefore(new RateLimitFilter(limiter), UsernamePasswordAuthenticationFilter.class);
        securityHeaders(http);
        return http.build();
    }

    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(h -> {
            // Eagerly: Vaadin forwards its bootstrap page internally, and lazily written headers got lost.
            h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .contentTypeOptions(Customizer.withDefaults())
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                            .maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
        });
    }

    private static LogoutHandler auditSignOut(AuditLog audit) {
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal user) {
                audit.record(AuditAction.SIGN_OUT, AuditOutcome.SUCCESS, user.id(), user.email(), null,
                        ClientAddress.of(request), null);
            }
        };
    }

    @Bean
    PersistentTokenRepository rememberMeTokenRepository(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    @Bean
    OptInRememberMeServices rememberMeServices(UserDetailsService users, PersistentTokenRepository repository,
            @Value("${clintrack.security.remember-me.key:}") String key,
            @Value("${clintrack.security.remember-me.validity:14d}") Duration validity) {
        String effectiveKey = key.isBlank() ? SecretTokens.newSecret("rm_") : key;
        OptInRememberMeServices services = new OptInRememberMeServices(effectiveKey, users, repository);
        services.setTokenValiditySeconds((int) validity.toSeconds());
        return services;
    }
}
