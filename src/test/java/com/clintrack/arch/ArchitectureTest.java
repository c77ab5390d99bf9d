package com.clintrack.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** DESIGN.md's rules, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.clintrack");

    @Test
    void views_and_controllers_never_use_repositories() {
        noClasses().that().areAssignableTo(Component.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void views_and_controllers_never_touch_entities() {
        noClasses().that().areAssignableTo(Component.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void every_service_is_secured() {
        classes().that().areAnnotatedWith(Service.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void repositories_and_entities_stay_inside_their_feature() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(CLASSES);
        classes().that().areAnnotatedWith(Entity.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void features_are_free_of_cycles() {
        slices().matching("com.clintrack.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void features_do_not_reach_into_other_features_ui_or_api() {
        com.tngtech.archunit.lang.ArchRule rule = noClasses()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                        "depend on the ui or api package of another feature") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass origin,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        String own = feature(origin.getPackageName());
                        origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                            String target = dependency.getTargetClass().getPackageName();
                            boolean uiOrApi = target.matches("com\\.clintrack\\.[a-z]+\\.(ui|api)(\\..*)?");
                            if (uiOrApi && !feature(target).equals(own) && !"shell".equals(own)) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(dependency,
                                        dependency.getDescription()));
                            }
                        });
                    }
                });
        rule.check(CLASSES);
    }

    private static String feature(String packageName) {
        String rest = packageName.startsWith("com.clintrack.") ? packageName.substring("com.clintrack.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void transactions_live_on_services_not_on_views_or_controllers() {
        noClasses().that().areAssignableTo(Component.class).or().areAnnotatedWith(RestController.class)
                .should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void routes_live_in_ui_packages_or_the_shell() {
        classes().that().areAnnotatedWith(Route.class)
                .should().resideInAnyPackage("com.clintrack..ui..", "com.clintrack.shell..")
                .check(CLASSES);
    }
}
