@NullMarked
package com.clintrack.account;

import org.jspecify.annotations.NullMarked;
