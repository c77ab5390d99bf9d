package com.clintrack.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Expected refusals reach the user as plain words, however deeply Vaadin wrapped them. */
class UiErrorHandlingTest {

    @Test
    void a_revoked_right_and_a_deleted_item_are_recognised_inside_vaadins_wrappers() {
        Throwable denied = new RuntimeException(new InvocationTargetException(new AccessDeniedException("revoked")));
        Throwable gone = new IllegalStateException(new NotFoundException("Contact"));
        assertThat(UiErrorHandling.messageKey(denied)).isEqualTo("common.error.denied");
        assertThat(UiErrorHandling.messageKey(gone)).isEqualTo("common.error.gone");
        assertThat(UiErrorHandling.messageKey(new IllegalStateException("bug"))).as("unexpected").isNull();
    }

    @Test
    void both_messages_exist_in_the_english_bundle() {
        Messages messages = new Messages();
        for (String key : new String[] {"common.error.denied", "common.error.gone"}) {
            assertThat(messages.getTranslation(key, Locale.ENGLISH)).doesNotStartWith("!").contains("Reload");
        }
    }
}
