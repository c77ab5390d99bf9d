package com.clintrack.account.ui;

import com.clintrack.account.EmailChangeService;
import com.clintrack.base.ConflictException;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.ViewToolbar;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** Opens the link from the "confirm your new email" mail, signed in. */
@Route(EmailChangeService.CONFIRM_PATH)
@PermitAll
public class ConfirmEmailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EmailChangeService emailChanges;
    private final Paragraph result = new Paragraph();

    public ConfirmEmailView(EmailChangeService emailChanges) {
        this.emailChanges = emailChanges;
        result.setId("confirm-result");
        add(new ViewToolbar(getTranslation("plans.confirmEmail.title")), result,
                new RouterLink(getTranslation("account.title"), AccountView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        try {
            result.setText(getTranslation("plans.account.email.confirmed", emailChanges.confirm(token)));
        } catch (InvalidInputException e) {
            result.setText(getTranslation("plans.email.linkInvalid"));
        } catch (ConflictException e) {
            result.setText(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.confirmEmail.title") + " · " + getTranslation("app.name");
    }
}
