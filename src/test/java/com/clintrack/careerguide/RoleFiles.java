package com.clintrack.careerguide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

/** Test data: the bundled role files, and changed copies of them. */
public final class RoleFiles {

    public static final String CLINICAL_TECHNICIAN = "careerguide/clinical-technician.json";
    public static final String SAMPLE_ROLE = "careerguide-fixtures/sample-technician.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RoleFiles() {
    }

    public static byte[] bytes(String classpathLocation) {
        try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Clinical Technician file with a change applied, as bytes. */
    public static byte[] clinicalTechnicianWith(Consumer<ObjectNode> change) {
        return with(CLINICAL_TECHNICIAN, change);
    }

    public static byte[] with(String classpathLocation, Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(bytes(classpathLocation));
            change.accept(tree);
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every uploaded or restored version, so each test starts from the bundled files. */
    public static void forgetStoredVersions(ApplicationContext context) {
        context.getBean(RoleProfileVersionRepository.class).deleteAll();
    }

    public static ObjectNode object(JsonNode node, String field) {
        return (ObjectNode) node.get(field);
    }
}
