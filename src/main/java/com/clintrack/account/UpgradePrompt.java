package com.clintrack.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * The friendly answer to a {@link QuotaExceededException} in the UI. It opens a dialog over the view
 * and touches nothing else, so the form the user was filling in keeps what they typed. Lives in the
 * feature root (not account.ui) because other features' views use it.
 *
 * <pre>{@code
 * save.addClickListener(e -> UpgradePrompt.run(() -> resumes.create(binder.getBean())));
 * }</pre>
 */
public final class UpgradePrompt {

    /** The route of the plan page. */
    public static final String PLAN_ROUTE = "account/plan";
    public static final String DIALOG_ID = "upgrade-prompt";

    private UpgradePrompt() {
    }

    /**
     * Runs an action that may hit a quota. On a refusal shows the prompt and answers false; the
     * action's other exceptions pass through unchanged.
     */
    public static boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (QuotaExceededException e) {
            show(e);
            return false;
        }
    }

    /** Opens the upgrade prompt for a refusal and answers it. */
    public static Dialog show(QuotaExceededException refusal) {
        Dialog dialog = new Dialog();
        dialog.setId(DIALOG_ID);
        String feature = dialog.getTranslation("plans.feature." + refusal.feature());
        dialog.setHeaderTitle(dialog.getTranslation("plans.prompt.title"));
        dialog.add(new Paragraph(refusal.limit() == 0
                ? dialog.getTranslation("plans.prompt.none", feature)
                : dialog.getTranslation("plans.prompt.used", refusal.used(), refusal.limit(), feature)));
        dialog.add(new Paragraph(dialog.getTranslation("plans.prompt.kept")));
        Button plans = new Button(dialog.getTranslation("plans.prompt.seePlans"), e -> {
            dialog.close();
            Optional.ofNullable(UI.getCurrent()).ifPresent(ui -> ui.navigate(PLAN_ROUTE));
        });
        plans.addThemeVariants(ButtonVariant.PRIMARY);
        plans.setId("upgrade-prompt-plans");
        Button later = new Button(dialog.getTranslation("plans.prompt.later"), e -> dialog.close());
        later.setId("upgrade-prompt-later");
        dialog.getFooter().add(later, plans);
        dialog.open();
        return dialog;
    }
}
