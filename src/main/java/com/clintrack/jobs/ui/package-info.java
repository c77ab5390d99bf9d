@NullMarked
package com.clintrack.jobs.ui;

import org.jspecify.annotations.NullMarked;
