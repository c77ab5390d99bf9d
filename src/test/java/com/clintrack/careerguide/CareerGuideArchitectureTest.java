package com.clintrack.careerguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.clintrack.careerguide.ui.CareerGuideAdminView;
import com.clintrack.security.AppRoles;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * DESIGN.md's rules for the career guide, checked over the compiled app (the app-wide rules are in
 * com.clintrack.arch).
 */
class CareerGuideArchitectureTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(PermitAll.class, RolesAllowed.class, AnonymousAllowed.class, DenyAll.class);

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.clintrack");

    @Test
    void everyCareerGuideViewCarriesExactlyOneAccessAnnotation() {
        classes().that().areAnnotatedWith(Route.class).and().resideInAPackage("com.clintrack.careerguide..")
                .should(new ArchCondition<JavaClass>("carry exactly one of @PermitAll, @RolesAllowed, "
                        + "@AnonymousAllowed, @DenyAll") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        long count = ACCESS.stream().filter(view::isAnnotatedWith).count();
                        if (count != 1) {
                            events.add(SimpleConditionEvent.violated(view,
                                    view.getName() + " carries " + count + " access annotations"));
                        }
                    }
                })
                .check(APP);
    }

    @Test
    void theGuideIsForSignedInUsersAndItsDataPageForAdminsOnly() {
        classes().that().areAnnotatedWith(Route.class).and().resideInAPackage("com.clintrack.careerguide..")
                .and().haveSimpleNameStartingWith("CareerGuideAdmin")
                .should().beAnnotatedWith(RolesAllowed.class)
                .check(APP);
        classes().that().areAnnotatedWith(Route.class).and().resideInAPackage("com.clintrack.careerguide..")
                .and().haveSimpleNameNotStartingWith("CareerGuideAdmin")
                .should().beAnnotatedWith(PermitAll.class)
                .check(APP);
        assertThat(CareerGuideAdminView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactly(AppRoles.ADMIN);
    }

    @Test
    void careerGuideServicesCheckAccess() {
        classes().that().resideInAPackage("com.clintrack.careerguide").and().areAnnotatedWith(Service.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(APP);
    }

    @Test
    void careerGuideViewsAndControllersUseServicesOnly() {
        noClasses().that().resideInAnyPackage("com.clintrack.careerguide.ui..", "com.clintrack.careerguide.api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(APP);
        classes().that().areAnnotatedWith(RestController.class).and().resideInAPackage("com.clintrack.careerguide..")
                .should().resideInAPackage("com.clintrack.careerguide.api")
                .check(APP);
    }
}
