@NullMarked
package com.clintrack.shell;

import org.jspecify.annotations.NullMarked;
