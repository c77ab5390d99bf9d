package com.clintrack.account.billing;

/** The billing provider could not be reached or refused a request. */
public class BillingUnavailableException extends RuntimeException {

    public BillingUnavailableException(Throwable cause) {
        super("The billing provider did not answer: " + cause.getMessage(), cause);
    }
}
