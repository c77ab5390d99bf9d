@NullMarked
package com.clintrack.notify;

import org.jspecify.annotations.NullMarked;
