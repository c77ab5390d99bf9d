package com.clintrack.account;

/** How often job alerts may be sent, a SETTING quota of the plan. */
public enum AlertFrequency { WEEKLY, DAILY }
