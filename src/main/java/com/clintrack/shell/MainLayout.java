package com.clintrack.shell;

import com.clintrack.account.AccountService;
import com.clintrack.account.AccountSummary;
import com.clintrack.account.Theme;
import com.clintrack.account.UpgradePrompt;
import com.clintrack.base.ui.Brand;
import com.clintrack.security.AppRoles;
import com.clintrack.security.AppUserPrincipal;
import com.clintrack.security.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The app shell: a drawer with the sections, and a user menu with account, theme and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    static final String CHANGE_PASSWORD_PATH = "account/password";

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuthenticationContext authenticationContext;
    private Theme theme;

    public MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
        AccountSummary me = accounts.me();
        this.theme = me.theme();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(toggle, spacer, userMenu(me));

        Brand brand = new Brand();
        brand.addClassName("drawer-brand");
        addToDrawer(brand, navigation(me));
        addAttachListener(event -> event.getUI().getPage().setColorScheme(colorScheme(theme)));
    }

    private SideNav navigation(AccountSummary me) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.applications"), "applications", VaadinIcon.BRIEFCASE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.contacts"), "contacts", VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.documents"), "documents", VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.interviews"), "interviews", VaadinIcon.CALENDAR_USER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.jobs"), "jobs", VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.careerGuide"), "career-guide", VaadinIcon.ACADEMY_CAP.create()));
        SideNavItem account = new SideNavItem(getTranslation("nav.account"), "account", VaadinIcon.USER.create());
        account.addItem(new SideNavItem(getTranslation("nav.account.profile"), "account"));
        account.addItem(new SideNavItem(getTranslation("nav.account.plan"), UpgradePrompt.PLAN_ROUTE));
        account.addItem(new SideNavItem(getTranslation("nav.account.tokens"), "account/tokens"));
        nav.addItem(account);
        if (me.roles().contains(AppRoles.ADMIN)) {
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"), "admin", VaadinIcon.COG.create());
            admin.addItem(new SideNavItem(getTranslation("nav.admin.overview"), "admin"));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.users"), "admin/users"));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.audit"), "admin/audit"));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.plans"), "admin/plans"));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.careerGuide"), "admin/career-guide"));
            nav.addItem(admin);
        }
        return nav;
    }

    private MenuBar userMenu(AccountSummary me) {
        Avatar avatar = new Avatar(me.displayName());
        avatar.addClassName("user-avatar");
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        MenuItem root = menu.addItem(avatar);
        root.setAriaLabel(getTranslation("menu.user", me.displayName()));
        SubMenu sub = root.getSubMenu();
        sub.addItem(new Span(me.displayName())).setEnabled(false);
        sub.addItem(getTranslation("menu.account"), e -> getUI().ifPresent(ui -> ui.navigate("account")));
        MenuItem themeItem = sub.addItem(themeLabel());
        themeItem.setId("theme-toggle");
        themeItem.addClickListener(e -> {
            theme = theme == Theme.DARK ? Theme.LIGHT : Theme.DARK;
            accounts.chooseTheme(theme);
            getUI().ifPresent(ui -> ui.getPage().setColorScheme(colorScheme(theme)));
            themeItem.setText(themeLabel());
        });
        sub.addItem(getTranslation("menu.signOut"), e -> authenticationContext.logout()).setId("sign-out");
        return menu;
    }

    private String themeLabel() {
        return getTranslation(theme == Theme.DARK ? "menu.themeLight" : "menu.themeDark");
    }

    private static ColorScheme.Value colorScheme(Theme theme) {
        return theme == Theme.DARK ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT;
    }

    /** A first-start admin must replace the one-time password before anything else. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean mustChange = currentUser.get().map(AppUserPrincipal::mustChangePassword).orElse(false);
        if (mustChange && !CHANGE_PASSWORD_PATH.equals(event.getLocation().getPath())) {
            event.rerouteTo(CHANGE_PASSWORD_PATH);
        }
    }
}
