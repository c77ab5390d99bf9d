package com.clintrack.audit;

/** Whether the recorded action succeeded. */
public enum AuditOutcome { SUCCESS, FAILURE }
