package com.clintrack.account;

/** The colour scheme a user chose. */
public enum Theme { LIGHT, DARK }
