@NullMarked
package com.clintrack.careerguide.ui;

import org.jspecify.annotations.NullMarked;
