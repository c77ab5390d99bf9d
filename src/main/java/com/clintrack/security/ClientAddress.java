package com.clintrack.security;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's IP address. Behind a proxy, set {@code server.forward-headers-strategy} so that the
 * container already reports the real address here.
 */
public final class ClientAddress {

    private static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? UNKNOWN : address;
    }

    /** The address of the Vaadin request being handled, or "unknown" outside a request. */
    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return UNKNOWN;
        }
        String address = request.getRemoteAddr();
        return address == null ? UNKNOWN : address;
    }
}
