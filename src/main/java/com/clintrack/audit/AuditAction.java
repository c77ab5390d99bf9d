package com.clintrack.audit;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_OUT,
    REGISTER,
    PASSWORD_CHANGE,
    PASSWORD_RESET_REQUEST,
    PASSWORD_RESET,
    ROLE_CHANGE,
    ACCOUNT_LOCKED,
    TOKEN_CREATE,
    TOKEN_REVOKE,
    ROLE_PROFILE_UPLOAD,
    ROLE_PROFILE_RESTORE
}
