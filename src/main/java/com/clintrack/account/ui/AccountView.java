package com.clintrack.account.ui;

import com.clintrack.base.ui.FieldRow;
import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.base.ui.ViewToolbar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The signed-in user's profile, with the ways to change password and manage API tokens. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    public AccountView(AccountService accounts, com.clintrack.account.EmailChangeService emailChanges,
            com.clintrack.account.AccountDataService data,
            com.vaadin.flow.spring.security.AuthenticationContext authenticationContext) {
        AccountSummary me = accounts.me();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withZone(ZoneId.of(me.timeZone()));

        Div profile = new Div(new H2(getTranslation("account.profile")),
                FieldRow.of(getTranslation("register.displayName"), me.displayName()),
                FieldRow.of(getTranslation("auth.email"), me.email()),
                FieldRow.of(getTranslation("register.timeZone"), me.timeZone()),
                FieldRow.of(getTranslation("account.plan"), getTranslation("account.plan." + me.plan())),
                FieldRow.of(getTranslation("account.memberSince"), dates.format(me.createdAt())));
        profile.addClassName("card");

        Div security = new Div(new H2(getTranslation("account.password")),
                new Paragraph(getTranslation("account.password.description")),
                new RouterLink(getTranslation("account.changePassword"), ChangePasswordView.class));
        security.addClassName("card");

        Div tokens = new Div(new H2(getTranslation("account.apiTokens")),
                new Paragraph(getTranslation("account.apiTokens.description")),
                new RouterLink(getTranslation("tokens.title"), ApiTokensView.class));
        tokens.addClassName("card");

        Div plan = new Div(new H2(getTranslation("plans.account.card")),
                new Paragraph(getTranslation("plans.account.card.text")),
                new RouterLink(getTranslation("plans.title"), PlanView.class));
        plan.addClassName("card");

        Div cards = new Div(profile, plan, security, tokens, SelfServiceCards.email(emailChanges),
                SelfServiceCards.data(data, authenticationContext));
        cards.addClassName("card-grid");
        add(new ViewToolbar(getTranslation("account.title")), cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
