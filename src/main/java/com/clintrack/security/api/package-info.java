@NullMarked
package com.clintrack.security.api;

import org.jspecify.annotations.NullMarked;
