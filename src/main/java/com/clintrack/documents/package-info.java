@NullMarked
package com.clintrack.documents;

import org.jspecify.annotations.NullMarked;
