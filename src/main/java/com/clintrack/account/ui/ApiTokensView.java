package com.clintrack.account.ui;

import com.clintrack.base.ui.FieldErrors;
import com.clintrack.base.InvalidInputException;
import com.clintrack.base.ui.EmptyState;
import com.clintrack.base.ui.Notifications;
import com.clintrack.base.ui.Paging;
import com.clintrack.base.ui.ViewToolbar;
import com.clintrack.security.ApiTokenInfo;
import com.clintrack.security.ApiTokenService;
import com.clintrack.security.ClientAddress;
import com.clintrack.security.CurrentUser;
import com.clintrack.security.NewApiToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/** Account → API tokens: create with a name and an expiry, list, revoke. */
@Route("account/tokens")
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final int NAME_MAX = 100;

    private final ApiTokenService tokens;
    private final Clock clock;
    private final DateTimeFormatter dates;
    private final Grid<ApiTokenInfo> grid = new Grid<>();
    private final EmptyState empty;

    public ApiTokensView(ApiTokenService tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        ZoneId zone = currentUser.require().zoneId();
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(zone);

        Button create = new Button(getTranslation("tokens.create"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.addColumn(ApiTokenInfo::name).setHeader(getTranslation("tokens.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(t -> format(t.createdAt())).setHeader(getTranslation("tokens.created")).setAutoWidth(true)
                .setSortable(true).setSortProperty("createdAt");
        grid.addColumn(t -> format(t.expiresAt())).setHeader(getTranslation("tokens.expires")).setAutoWidth(true);
        grid.addColumn(t -> format(t.lastUsedAt())).setHeader(getTranslation("tokens.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("tokens.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setItems(query -> tokens.mine(Paging.of(query, Map.of("createdAt", "createdAt"),
                Sort.by(Sort.Order.desc("createdAt")))).stream());
        grid.setAllRowsVisible(true);

        Button emptyCreate = new Button(getTranslation("tokens.create"), e -> openCreate());
        emptyCreate.addThemeVariants(ButtonVariant.PRIMARY);
        empty = new EmptyState(VaadinIcon.KEY, getTranslation("tokens.empty.title"),
                getTranslation("tokens.empty.text"), emptyCreate);

        add(new ViewToolbar(getTranslation("tokens.title"), create), empty, grid);
        refresh();
    }

    private void refresh() {
        boolean none = tokens.countMine() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? getTranslation("common.never") : dates.format(instant);
    }

    private Span statusBadge(ApiTokenInfo token) {
        String status = token.revokedAt() != null ? "revoked" : token.activeAt(clock.instant()) ? "active" : "expired";
        Span badge = new Span(getTranslation("tokens.status." + status));
        badge.getElement().getThemeList().add("badge " + ("active".equals(status) ? "success" : "contrast"));
        return badge;
    }

    private Button revokeButton(ApiTokenInfo token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        revoke.setVisible(token.activeAt(clock.instant()));
        return revoke;
    }

    private void confirmRevoke(ApiTokenInfo token) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("tokens.revoke"));
        dialog.setText(getTranslation("tokens.revoke.confirm", token.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("tokens.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            tokens.revoke(token.id());
            Notifications.success(getTranslation("tokens.revoked"));
            refresh();
        });
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("tokens.create"));
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setMaxLength(NAME_MAX);
        name.setHelperText(getTranslation("tokens.name.helper"));
        IntegerField days = new IntegerField(getTranslation("tokens.expiresInDays"));
        days.setId("token-days");
        days.setMin(1);
        days.setMax(tokens.maxDays());
        days.setValue(tokens.defaultDays());
        days.setStepButtonsVisible(true);
        FormLayout form = new FormLayout(name, days);
        dialog.add(form);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        Button save = new Button(getTranslation("tokens.create"), e -> {
            try {
                NewApiToken created = tokens.create(name.getValue(), days.getValue(), ClientAddress.current());
                dialog.close();
                showSecret(created);
                refresh();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex.fieldErrors(), Map.of("name", name, "expiresInDays", days));
            }
        });
        save.setId("save-token");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    private void showSecret(NewApiToken created) {
        Dialog dialog = new Dialog(getTranslation("tokens.new.heading"));
        TextField secret = new TextField();
        secret.setId("token-secret");
        secret.setValue(created.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setAriaLabel(getTranslation("tokens.new.heading"));
        dialog.add(new Paragraph(getTranslation("tokens.new.once")), secret);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " · " + getTranslation("app.name");
    }
}
