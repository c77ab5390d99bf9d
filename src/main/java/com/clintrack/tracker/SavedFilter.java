package com.clintrack.tracker;

/** A named list filter, kept per user as the URL query string of the list view. */
public record SavedFilter(long id, String name, String query) {
}
