package com.clintrack.base;

/** Something does not exist, or belongs to someone else: both look the same to the caller. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
