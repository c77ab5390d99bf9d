package com.clintrack.account.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.account.AccountDataService;
import com.clintrack.account.EmailChangeService;
import com.clintrack.account.AccountLimits;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;

/** The account page's self-service cards: change email, download my data, delete my account. */
final class SelfServiceCards {

    private SelfServiceCards() {
    }

    static Div email(EmailChangeService emailChanges) {
        Div card = new Div();
        card.addClassName("card");
        EmailField email = new EmailField(card.getTranslation("plans.account.email.new"));
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setId("new-email");
        PasswordField password = new PasswordField(card.getTranslation("plans.account.currentPassword"));
        password.setId("email-password");
        Button send = new Button(card.getTranslation("plans.account.email.send"), e -> {
            try {
                emailChanges.requestChange(email.getValue(), password.getValue());
                Notifications.success(card.getTranslation("plans.account.email.sent", email.getValue()));
                password.clear();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex.fieldErrors(), java.util.Map.of("email", email, "currentPassword", password));
            }
        });
        send.setId("send-email-link");
        card.add(new H2(card.getTranslation("plans.account.email")),
                new Paragraph(card.getTranslation("plans.account.email.text")), email, password, send);
        return card;
    }

    static Div data(AccountDataService data, AuthenticationContext authenticationContext) {
        Div card = new Div();
        card.addClassName("card");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = data.exportMine();
            return new DownloadResponse(new ByteArrayInputStream(zip), AccountDataService.EXPORT_FILE_NAME,
                    "application/zip", zip.length);
        }), card.getTranslation("plans.account.export"));
        export.setId("export");
        Button delete = new Button(card.getTranslation("plans.account.delete"), e -> confirmDelete(card, data,
                authenticationContext));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setId("delete-account");
        card.add(new H2(card.getTranslation("plans.account.data")),
                new Paragraph(card.getTranslation("plans.account.data.text")), export, delete);
        return card;
    }

    private static void confirmDelete(Div card, AccountDataService data, AuthenticationContext authenticationContext) {
        Dialog dialog = new Dialog();
        dialog.setId("delete-dialog");
        dialog.setHeaderTitle(card.getTranslation("plans.account.delete.title"));
        PasswordField password = new PasswordField(card.getTranslation("plans.account.currentPassword"));
        password.setId("delete-password");
        dialog.add(new Paragraph(card.getTranslation("plans.account.delete.text")), password);
        Button ok = new Button(card.getTranslation("plans.account.delete.ok"), e -> {
            try {
                data.deleteMine(password.getValue());
                dialog.close();
                authenticationContext.logout();
            } catch (InvalidInputException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.fieldErrors().get("password"));
            }
        });
        ok.addThemeVariants(ButtonVariant.ERROR);
        ok.setId("delete-confirm");
        dialog.getFooter().add(new Button(card.getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
