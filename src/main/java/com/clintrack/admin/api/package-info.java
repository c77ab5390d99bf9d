@NullMarked
package com.clintrack.admin.api;

import org.jspecify.annotations.NullMarked;
