@NullMarked
package com.clintrack.security;

import org.jspecify.annotations.NullMarked;
