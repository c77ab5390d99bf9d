@NullMarked
package com.clintrack.documents.ui;

import org.jspecify.annotations.NullMarked;
