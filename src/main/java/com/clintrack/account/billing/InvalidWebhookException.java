package com.clintrack.account.billing;

/** A webhook whose signature does not verify, or whose body is not an event. */
public class InvalidWebhookException extends RuntimeException {

    public InvalidWebhookException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidWebhookException(String message) {
        super(message);
    }
}
