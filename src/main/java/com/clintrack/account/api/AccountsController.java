package com.clintrack.account.api;

import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.account.Registration;
import com.clintrack.security.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registration and the caller's own account. */
@RestController
@RequestMapping("/api/v1")
class AccountsController {

    /** The registration request body. */
    record RegistrationRequest(@Nullable String email, @Nullable String displayName, @Nullable String password,
            @Nullable String timeZone) {
    }

    /** The answer to a registration. */
    record RegisteredAccount(long id, String email, String displayName, String plan) {
    }

    /** The caller's account. */
    record Me(long id, String email, String displayName, String plan, List<String> roles, String timeZone) {
    }

    private final AccountService accounts;

    AccountsController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/accounts")
    ResponseEntity<RegisteredAccount> register(@RequestBody RegistrationRequest request,
            HttpServletRequest http) {
        AccountSummary created = accounts.register(new Registration(orEmpty(request.email()),
                orEmpty(request.displayName()), orEmpty(request.password()), orEmpty(request.timeZone())),
                ClientAddress.of(http));
        return ResponseEntity.created(URI.create("/api/v1/me"))
                .body(new RegisteredAccount(created.id(), created.email(), created.displayName(),
                        created.plan().name()));
    }

    @GetMapping("/me")
    Me me() {
        AccountSummary me = accounts.me();
        return new Me(me.id(), me.email(), me.displayName(), me.plan().name(),
                me.roles().stream().sorted().toList(), me.timeZone());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
