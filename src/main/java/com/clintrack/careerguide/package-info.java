@NullMarked
package com.clintrack.careerguide;

import org.jspecify.annotations.NullMarked;
