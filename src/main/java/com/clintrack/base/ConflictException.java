package com.clintrack.base;

/** The request clashes with the current state, for example an email that is already taken. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
