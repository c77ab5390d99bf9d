@NullMarked
package com.clintrack.tracker;

import org.jspecify.annotations.NullMarked;
