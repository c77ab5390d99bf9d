package com.clintrack.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clintrack.ApiClient;
import com.clintrack.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The routes for single notes, follow-ups and contact links of an application, and {@code /api/v1/contacts}:
 * what each answers, and that another user's id is a 404 that cannot be told apart from a missing id.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TrackerItemRoutesApiTest {

    private static final String APPLICATIONS = "/api/v1/applications";
    private static final String CONTACTS = "/api/v1/contacts";
    private static final long MISSING = 999_999_999L;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private String alice;
    private String bob;

    @BeforeEach
    void tokens() throws Exception {
        alice = ApiClient.newUserToken(mvc, "items-alice");
        bob = ApiClient.newUserToken(mvc, "items-bob");
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, ApiClient.bearer(token));
    }

    private MockHttpServletRequestBuilder withJson(String token, MockHttpServletRequestBuilder request, String body) {
        return as(token, request).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** POSTs and answers the created item's id. */
    private long created(String token, String path, String body) throws Exception {
        String answer = mvc.perform(withJson(token, post(path), body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private long application(String token) throws Exception {
        return created(token, APPLICATIONS, "{\"company\":\"Mercy Hospital\",\"title\":\"EKG Technician\"}");
    }

    /** The problem body of a 404, less {@code instance} (the path, which differs by design). */
    private JsonNode notFound(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andReturn().getResponse().getContentAsString();
        ObjectNode problem = (ObjectNode) json.readTree(body);
        problem.remove("instance");
        return problem;
    }

    /** Both requests are 404 with the same problem body. */
    private void sameNotFound(MockHttpServletRequestBuilder request, MockHttpServletRequestBuilder twin)
            throws Exception {
        assertThat(notFound(request)).isEqualTo(notFound(twin));
    }

    @Test
    void aNoteIsEditedAndDeleted() throws Exception {
        long id = application(alice);
        String notes = APPLICATIONS + "/" + id + "/notes";
        long noteId = created(alice, notes, "{\"text\":\"Called HR\"}");
        mvc.perform(withJson(alice, put(notes + "/" + noteId), "{\"text\":\"  Called HR, left a message \"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(noteId))
                .andExpect(jsonPath("$.applicationId").value(id))
                .andExpect(jsonPath("$.text").value("Called HR, left a message"))
                .andExpect(jsonPath("$.createdAt").isNotEmpty());
        mvc.perform(withJson(alice, put(notes + "/" + noteId), "{\"text\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.errors.text").exists());
        mvc.perform(as(alice, get(notes))).andExpect(jsonPath("$[0].text").value("Called HR, left a message"));
        mvc.perform(as(alice, delete(notes + "/" + noteId))).andExpect(status().isNoContent());
        mvc.perform(as(alice, get(notes))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(alice, delete(notes + "/" + noteId))).andExpect(status().isNotFound());
    }

    @Test
    void aFollowUpIsEditedTickedOffAndDeleted() throws Exception {
        long id = application(alice);
        String followUps = APPLICATIONS + "/" + id + "/follow-ups";
        long followUpId = created(alice, followUps, "{\"title\":\"Call\",\"dueOn\":\"2030-01-01\"}");
        mvc.perform(withJson(alice, put(followUps + "/" + followUpId),
                        "{\"title\":\"Call the lab manager\",\"dueOn\":\"2030-01-05\",\"done\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(followUpId))
                .andExpect(jsonPath("$.applicationId").value(id))
                .andExpect(jsonPath("$.title").value("Call the lab manager"))
                .andExpect(jsonPath("$.dueOn").value("2030-01-05"))
                .andExpect(jsonPath("$.done").value(true))
                .andExpect(jsonPath("$.company").value("Mercy Hospital"));
        // Without done the flag stays; without a due date it is a 400 at that field.
        mvc.perform(withJson(alice, put(followUps + "/" + followUpId), "{\"title\":\"Call\",\"dueOn\":\"2030-01-06\"}"))
                .andExpect(jsonPath("$.done").value(true));
        mvc.perform(withJson(alice, put(followUps + "/" + followUpId), "{\"title\":\"Call\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.dueOn").exists());
        mvc.perform(as(alice, get(followUps))).andExpect(jsonPath("$[0].dueOn").value("2030-01-06"));
        mvc.perform(as(alice, delete(followUps + "/" + followUpId))).andExpect(status().isNoContent());
        mvc.perform(as(alice, get(followUps))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aContactIsUnlinkedFromOneApplicationAndKept() throws Exception {
        long first = application(alice);
        long second = application(alice);
        long contactId = created(alice, APPLICATIONS + "/" + first + "/contacts", "{\"name\":\"Dana Lee\"}");
        mvc.perform(withJson(alice, post(APPLICATIONS + "/" + second + "/contacts"), "{\"id\":" + contactId + "}"))
                .andExpect(status().isCreated());
        mvc.perform(as(alice, delete(APPLICATIONS + "/" + first + "/contacts/" + contactId)))
                .andExpect(status().isNoContent());
        mvc.perform(as(alice, get(APPLICATIONS + "/" + first + "/contacts"))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(alice, get(APPLICATIONS + "/" + second + "/contacts")))
                .andExpect(jsonPath("$[0].id").value(contactId));
        mvc.perform(as(alice, get(CONTACTS + "/" + contactId))).andExpect(status().isOk());
        // Not linked (any more) is not found.
        mvc.perform(as(alice, delete(APPLICATIONS + "/" + first + "/contacts/" + contactId)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theContactsListHasTheApplicationsPageEnvelopeAndSearches() throws Exception {
        long id = application(alice);
        created(alice, APPLICATIONS + "/" + id + "/contacts",
                "{\"name\":\"Dana Lee\",\"role\":\"RECRUITER\",\"email\":\"dana@mercy.example\"}");
        created(alice, APPLICATIONS + "/" + id + "/contacts", "{\"name\":\"Eli Park\",\"phone\":\"512-555-0101\"}");
        long fay = created(alice, CONTACTS, "{\"name\":\"Fay Ortiz\",\"role\":\"REFERENCE\"}");
        mvc.perform(as(alice, get(CONTACTS).param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].name").value("Dana Lee"))
                .andExpect(jsonPath("$.content[0].role").value("RECRUITER"))
                .andExpect(jsonPath("$.content[0].email").value("dana@mercy.example"))
                .andExpect(jsonPath("$.content[0].applicationCount").value(1))
                .andExpect(jsonPath("$.content[0].version").value(0))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(2))
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.page.totalPages").value(2));
        mvc.perform(as(alice, get(CONTACTS).param("page", "1").param("size", "2")))
                .andExpect(jsonPath("$.content[0].id").value(fay))
                .andExpect(jsonPath("$.content[0].applicationCount").value(0));
        mvc.perform(as(alice, get(CONTACTS).param("q", "555-01")))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value("Eli Park"));
        mvc.perform(as(bob, get(CONTACTS))).andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(as(alice, get(CONTACTS).param("size", "0"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").exists());
    }

    @Test
    void aContactIsReadChangedWithItsVersionAndDeletedEverywhere() throws Exception {
        long id = application(alice);
        long contactId = created(alice, APPLICATIONS + "/" + id + "/contacts", "{\"name\":\"Dana Lee\"}");
        String path = CONTACTS + "/" + contactId;
        mvc.perform(as(alice, get(path))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Dana Lee"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(withJson(alice, put(path), "{\"name\":\"Dana Lee-Smith\",\"role\":\"HIRING_MANAGER\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Dana Lee-Smith"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(withJson(alice, put(path), "{\"name\":\"Someone\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(withJson(alice, put(path), "{\"name\":\"Dana\",\"email\":\"not-an-email\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.email").exists());
        mvc.perform(as(alice, delete(path))).andExpect(status().isNoContent());
        mvc.perform(as(alice, get(path))).andExpect(status().isNotFound());
        mvc.perform(as(alice, get(APPLICATIONS + "/" + id + "/contacts"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anotherUsersIdsAreNotFoundExactlyLikeMissingOnes() throws Exception {
        long app = application(alice);
        String base = APPLICATIONS + "/" + app;
        long note = created(alice, base + "/notes", "{\"text\":\"Called HR\"}");
        long followUp = created(alice, base + "/follow-ups", "{\"title\":\"Call\",\"dueOn\":\"2030-01-01\"}");
        long contact = created(alice, base + "/contacts", "{\"name\":\"Dana\"}");
        long bobs = application(bob);
        String noteBody = "{\"text\":\"x\"}";
        String followUpBody = "{\"title\":\"x\",\"dueOn\":\"2030-01-01\",\"done\":true}";
        String contactBody = "{\"name\":\"x\",\"version\":0}";
        String missingApp = APPLICATIONS + "/" + MISSING;
        String bobsApp = APPLICATIONS + "/" + bobs;

        // Alice's application (with her own item ids) looks like a missing application.
        sameNotFound(withJson(bob, put(base + "/notes/" + note), noteBody),
                withJson(bob, put(missingApp + "/notes/" + note), noteBody));
        sameNotFound(as(bob, delete(base + "/notes/" + note)),
                as(bob, delete(missingApp + "/notes/" + note)));
        sameNotFound(withJson(bob, put(base + "/follow-ups/" + followUp), followUpBody),
                withJson(bob, put(missingApp + "/follow-ups/" + followUp), followUpBody));
        sameNotFound(as(bob, delete(base + "/follow-ups/" + followUp)),
                as(bob, delete(missingApp + "/follow-ups/" + followUp)));
        sameNotFound(as(bob, delete(base + "/contacts/" + contact)),
                as(bob, delete(missingApp + "/contacts/" + contact)));
        // Alice's item ids under Bob's own application look like missing items.
        sameNotFound(withJson(bob, put(bobsApp + "/notes/" + note), noteBody),
                withJson(bob, put(bobsApp + "/notes/" + MISSING), noteBody));
        sameNotFound(as(bob, delete(bobsApp + "/notes/" + note)),
                as(bob, delete(bobsApp + "/notes/" + MISSING)));
        sameNotFound(withJson(bob, put(bobsApp + "/follow-ups/" + followUp), followUpBody),
                withJson(bob, put(bobsApp + "/follow-ups/" + MISSING), followUpBody));
        sameNotFound(as(bob, delete(bobsApp + "/follow-ups/" + followUp)),
                as(bob, delete(bobsApp + "/follow-ups/" + MISSING)));
        sameNotFound(as(bob, delete(bobsApp + "/contacts/" + contact)),
                as(bob, delete(bobsApp + "/contacts/" + MISSING)));
        // Alice's contact through /contacts.
        sameNotFound(as(bob, get(CONTACTS + "/" + contact)),
                as(bob, get(CONTACTS + "/" + MISSING)));
        sameNotFound(withJson(bob, put(CONTACTS + "/" + contact), contactBody),
                withJson(bob, put(CONTACTS + "/" + MISSING), contactBody));
        sameNotFound(as(bob, delete(CONTACTS + "/" + contact)),
                as(bob, delete(CONTACTS + "/" + MISSING)));

        // Nothing of Alice's changed.
        mvc.perform(as(alice, get(base + "/notes"))).andExpect(jsonPath("$[0].text").value("Called HR"));
        mvc.perform(as(alice, get(base + "/follow-ups")))
                .andExpect(jsonPath("$[0].title").value("Call"))
                .andExpect(jsonPath("$[0].done").value(false));
        mvc.perform(as(alice, get(base + "/contacts"))).andExpect(jsonPath("$[0].name").value("Dana"));
    }
}
