@NullMarked
package com.clintrack.documents.api;

import org.jspecify.annotations.NullMarked;
