package com.clintrack.tracker.ui;

import com.clintrack.tracker.ClosedReason;
import com.clintrack.tracker.Stage;
import com.clintrack.tracker.StageMove;
import com.clintrack.tracker.TrackerLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for the details of a move: the closed reason (required for CLOSED) and an optional note. */
class StageMoveDialog extends Dialog {

    StageMoveDialog(Component owner, Stage target, Consumer<StageMove> onMove) {
        setHeaderTitle(owner.getTranslation("tracker.move.title", owner.getTranslation(target.messageKey())));
        setId("stage-move-dialog");
        Select<ClosedReason> reason = new Select<>();
        reason.setLabel(owner.getTranslation("tracker.field.closedReason"));
        reason.setItems(ClosedReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : owner.getTranslation(r.messageKey()));
        reason.setId("closed-reason");
        reason.setVisible(target == Stage.CLOSED);
        reason.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(owner.getTranslation("tracker.move.note"));
        note.setMaxLength(TrackerLimits.STAGE_NOTE_MAX);
        note.setId("move-note");
        FormLayout form = new FormLayout(reason, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button move = new Button(owner.getTranslation("tracker.move.confirm"), e -> {
            if (target == Stage.CLOSED && reason.getValue() == null) {
                reason.setErrorMessage(owner.getTranslation("tracker.error.closedReason"));
                reason.setInvalid(true);
                return;
            }
            close();
            onMove.accept(new StageMove(target, reason.getValue(), note.getValue()));
        });
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.addClickShortcut(Key.ENTER);
        move.setId("confirm-move");
        Button cancel = new Button(owner.getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, move);
    }
}
