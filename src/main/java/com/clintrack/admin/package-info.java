@NullMarked
package com.clintrack.admin;

import org.jspecify.annotations.NullMarked;
