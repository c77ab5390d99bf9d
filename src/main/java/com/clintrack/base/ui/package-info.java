@NullMarked
package com.clintrack.base.ui;

import org.jspecify.annotations.NullMarked;
