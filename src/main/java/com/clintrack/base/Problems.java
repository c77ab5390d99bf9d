package com.clintrack.base;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with ClinTrack's problem type URIs. */
public final class Problems {

    public static final String TYPE_BASE = "https://clintrack.app/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String typeSlug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + typeSlug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail validation(Map<String, String> fieldErrors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", "Invalid input",
                "One or more fields are invalid.");
        problem.setProperty("errors", fieldErrors);
        return problem;
    }

    /** The JSON body of a problem, for filters that write responses outside Spring MVC. */
    public static String json(HttpStatus status, String typeSlug, String title, String detail) {
        return "{\"type\":\"" + TYPE_BASE + typeSlug + "\",\"title\":\"" + escape(title) + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
