package com.clintrack.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Against the real server: the sign-in page, its headers, and the redirect of a protected URL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_sign_in_page_answers_200_with_the_security_headers() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        // Plain http: no HSTS (browsers ignore it there, and it would pin localhost).
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_protected_url_redirects_a_visitor_to_sign_in() throws Exception {
        for (String path : new String[] {"/", "/account", "/admin/users"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void swagger_ui_and_the_openapi_document_are_served() throws Exception {
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
        HttpResponse<String> ui = get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @org.springframework.beans.factory.annotation.Autowired
    jakarta.servlet.ServletContext servletContext;

    @org.springframework.beans.factory.annotation.Autowired
    java.util.List<org.springframework.boot.web.servlet.ServletRegistrationBean<?>> servlets;

    @Test
    void idle_sessions_close_after_thirty_minutes_even_with_a_tab_open() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        com.vaadin.flow.spring.SpringServlet vaadin = servlets.stream().map(bean -> bean.getServlet())
                .filter(com.vaadin.flow.spring.SpringServlet.class::isInstance)
                .map(com.vaadin.flow.spring.SpringServlet.class::cast).findFirst().orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
