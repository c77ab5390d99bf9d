@NullMarked
package com.clintrack.jobs;

import org.jspecify.annotations.NullMarked;
