@NullMarked
package com.clintrack.tracker.ui;

import org.jspecify.annotations.NullMarked;
