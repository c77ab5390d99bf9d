@NullMarked
package com.clintrack.interview.ui;

import org.jspecify.annotations.NullMarked;
