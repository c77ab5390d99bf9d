package com.clintrack.documents;

import com.clintrack.careerguide.RoleProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The bundled Clinical Technician role data, without Spring, for unit tests. */
final class TestRoleData {

    private TestRoleData() {
    }

    static RoleData bundled() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource("careerguide/clinical-technician.json").getInputStream()) {
            return CareerGuideRoleData.of(json.readValue(in, RoleProfile.class), CareerGuideRoleData.Extras.load());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
