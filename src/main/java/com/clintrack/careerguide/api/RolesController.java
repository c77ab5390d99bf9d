package com.clintrack.careerguide.api;

import com.clintrack.careerguide.RoleProfileService;
import com.clintrack.careerguide.RoleSummary;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The career guide for API clients (bearer token): the roles, and each role's whole profile. The profile is
 * the validated role file itself, so every field of the file reaches the client under its own name.
 */
@RestController
@RequestMapping("/api/v1/roles")
class RolesController {

    private final RoleProfileService roles;

    RolesController(RoleProfileService roles) {
        this.roles = roles;
    }

    @GetMapping
    List<RoleSummary> list() {
        return roles.list();
    }

    /** The active version of the role's file; an unknown slug is a 404 problem. */
    @GetMapping("/{slug}")
    ResponseEntity<String> get(@PathVariable String slug) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(roles.json(slug));
    }
}
