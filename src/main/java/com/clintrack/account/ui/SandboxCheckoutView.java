package com.clintrack.account.ui;

import com.clintrack.account.PlanService;
import com.clintrack.account.UpgradePrompt;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.NotFoundException;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** The sandbox's checkout page, clearly in test mode: no money moves. */
@Route(UpgradePrompt.PLAN_ROUTE + "/checkout/:session")
@PermitAll
public class SandboxCheckoutView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int CARD_MAX = 23;

    private final PlanService plans;
    private final TextField card = new TextField();
    private String session = "";

    public SandboxCheckoutView(PlanService plans) {
        this.plans = plans;
        Span badge = new Span(getTranslation("plans.testMode"));
        badge.getElement().getThemeList().add("badge contrast");
        badge.setId("test-mode");
        card.setLabel(getTranslation("plans.checkout.card"));
        card.setHelperText(getTranslation("plans.testMode.text"));
        card.setMaxLength(CARD_MAX);
        card.setId("card");
        Button pay = new Button(getTranslation("plans.checkout.pay", "Plus"), e -> pay());
        pay.addThemeVariants(ButtonVariant.PRIMARY);
        pay.addClickShortcut(Key.ENTER);
        pay.setId("pay");
        Div box = new Div(badge, new Paragraph(getTranslation("plans.testMode.text")), card, pay,
                new RouterLink(getTranslation("plans.checkout.back"), PlanView.class));
        box.addClassNames("card", "form-card");
        add(new ViewToolbar(getTranslation("plans.checkout.title")), box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        session = event.getRouteParameters().get("session").orElse("");
    }

    private void pay() {
        try {
            plans.completeSandboxCheckout(session, card.getValue());
            Notifications.success(getTranslation("plans.checkout.success", "Plus"));
            getUI().ifPresent(ui -> ui.navigate(PlanView.class));
        } catch (InvalidInputException e) {
            card.setInvalid(true);
            card.setErrorMessage(e.fieldErrors().get("card"));
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("plans.checkout.expired"), getTranslation("common.close"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.checkout.title") + " · " + getTranslation("app.name");
    }
}
