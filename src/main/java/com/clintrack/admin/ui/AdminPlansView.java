package com.clintrack.admin.ui;

import com.clintrack.account.AlertFrequency;
import com.clintrack.account.PlanInfo;
import com.clintrack.account.PlanService;
import com.clintrack.account.QuotaKind;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.FieldErrors;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import com.vaadin.flow.component.HasValidation;

/** Admin: edit the plan catalogue (names, prices, quota limits, the alert frequency). Audited. */
@Route("admin/plans")
@RolesAllowed(AppRoles.ADMIN)
public class AdminPlansView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService plans;

    public AdminPlansView(PlanService plans) {
        this.plans = plans;
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (PlanInfo plan : plans.plans()) {
            cards.add(editor(plan));
        }
        add(new ViewToolbar(getTranslation("adminconsole.plans.title")), new AdminNav(), cards);
    }

    private Div editor(PlanInfo plan) {
        TextField name = new TextField(getTranslation("adminconsole.plans.name"), plan.name(), "");
        name.setId("plan-name-" + plan.code());
        IntegerField price = new IntegerField(getTranslation("adminconsole.plans.price"));
        price.setValue(plan.priceCents());
        price.setMin(0);
        price.setId("plan-price-" + plan.code());
        Div card = new Div(new H2(getTranslation("account.plan." + plan.code())), name, price);
        card.addClassName("card");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("priceCents", price);
        List<Supplier<PlanInfo.Quota>> edits = new ArrayList<>();
        for (PlanInfo.Quota quota : plan.quotas()) {
            String label = getTranslation("plans.compare.name." + quota.feature());
            if (quota.kind() == QuotaKind.SETTING) {
                Select<String> setting = new Select<>();
                setting.setLabel(label);
                setting.setItems(java.util.Arrays.stream(AlertFrequency.values()).map(Enum::name).toList());
                setting.setItemLabelGenerator(value -> getTranslation("plans.usage.setting." + value));
                setting.setValue(quota.setting());
                setting.setId("setting-" + plan.code() + "-" + quota.feature());
                card.add(setting);
                fields.put("quota." + quota.feature(), setting);
                edits.add(() -> new PlanInfo.Quota(quota.feature(), quota.kind(), null, setting.getValue()));
            } else {
                IntegerField limit = new IntegerField(label);
                limit.setHelperText(getTranslation("adminconsole.plans.limit"));
                limit.setMin(0);
                limit.setValue(quota.limit());
                limit.setId("limit-" + plan.code() + "-" + quota.feature());
                card.add(limit);
                fields.put("quota." + quota.feature(), limit);
                edits.add(() -> new PlanInfo.Quota(quota.feature(), quota.kind(), limit.getValue(), null));
            }
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            // A number the field could not read arrives as empty, which means "unlimited": never save it.
            if (fields.values().stream().anyMatch(HasValidation::isInvalid)) {
                Notifications.error(getTranslation("adminconsole.plans.fixFields"), getTranslation("common.close"));
                return;
            }
            try {
                plans.editPlan(plan.code(), name.getValue(), price.getValue(),
                        edits.stream().map(Supplier::get).toList());
                Notifications.success(getTranslation("adminconsole.plans.saved"));
            } catch (InvalidInputException ex) {
                // Shown at each field; what the admin typed stays, and nothing was saved.
                Map<String, String> unmatched = FieldErrors.show(ex.fieldErrors(), fields);
                if (!unmatched.isEmpty()) {
                    Notifications.error(String.join(" ", unmatched.values()), getTranslation("common.close"));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-" + plan.code());
        card.add(save);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminconsole.plans.title") + " · " + getTranslation("app.name");
    }
}
