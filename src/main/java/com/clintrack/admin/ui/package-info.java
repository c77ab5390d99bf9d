@NullMarked
package com.clintrack.admin.ui;

import org.jspecify.annotations.NullMarked;
