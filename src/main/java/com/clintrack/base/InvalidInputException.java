package com.clintrack.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule, with one message per field. Services throw it; views show each message at
 * its field and the API turns it into a 400 problem with the same field errors.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
