package com.clintrack.base;

/** A per-client rate limit was exceeded. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException() {
        super("Too many requests from this address. Wait a minute and try again.");
    }
}
