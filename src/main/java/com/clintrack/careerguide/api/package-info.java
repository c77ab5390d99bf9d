@NullMarked
package com.clintrack.careerguide.api;

import org.jspecify.annotations.NullMarked;
