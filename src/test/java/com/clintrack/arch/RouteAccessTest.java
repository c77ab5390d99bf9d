package com.clintrack.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** Every route carries exactly one access annotation, and only the sign-in family is anonymous. */
class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS = List.of(AnonymousAllowed.class, PermitAll.class,
            RolesAllowed.class, DenyAll.class);
    private static final Set<String> ANONYMOUS_ROUTES = Set.of("login", "register", "forgot-password",
            "reset-password");

    private static List<Class<?>> annotated(Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("com.clintrack").stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, RouteAccessTest.class.getClassLoader()))
                .toList();
    }

    private static long accessAnnotations(Class<?> type) {
        return ACCESS.stream().filter(type::isAnnotationPresent).count();
    }

    @Test
    void there_are_routes_to_check() {
        assertThat(annotated(Route.class)).hasSizeGreaterThan(10);
    }

    @Test
    void every_route_and_layout_has_exactly_one_access_annotation() {
        Stream.concat(annotated(Route.class).stream(), annotated(Layout.class).stream()).forEach(type ->
                assertThat(accessAnnotations(type)).as(type.getName()).isEqualTo(1));
    }

    @Test
    void only_sign_in_registration_and_password_reset_are_anonymous() {
        List<String> anonymous = annotated(Route.class).stream()
                .filter(type -> type.isAnnotationPresent(AnonymousAllowed.class))
                .map(type -> type.getAnnotation(Route.class).value())
                .toList();
        assertThat(anonymous).containsExactlyInAnyOrderElementsOf(ANONYMOUS_ROUTES);
    }
}
