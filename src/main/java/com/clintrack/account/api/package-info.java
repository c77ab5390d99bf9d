@NullMarked
package com.clintrack.account.api;

import org.jspecify.annotations.NullMarked;
