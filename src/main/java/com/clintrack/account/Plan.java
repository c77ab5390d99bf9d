package com.clintrack.account;

/** The subscription plans. */
public enum Plan { FREE, PLUS }
