@NullMarked
package com.clintrack.base;

import org.jspecify.annotations.NullMarked;
