/** The billing port and its adapters: a sandbox for local and demo use, and Stripe. */
@NullMarked
package com.clintrack.account.billing;

import org.jspecify.annotations.NullMarked;
