/** REST API of the application tracker under /api/v1/applications. */
@NullMarked
package com.clintrack.tracker.api;

import org.jspecify.annotations.NullMarked;
