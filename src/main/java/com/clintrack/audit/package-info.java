@NullMarked
package com.clintrack.audit;

import org.jspecify.annotations.NullMarked;
