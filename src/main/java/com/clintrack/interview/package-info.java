@NullMarked
package com.clintrack.interview;

import org.jspecify.annotations.NullMarked;
