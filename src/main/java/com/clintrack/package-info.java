@NullMarked
package com.clintrack;

import org.jspecify.annotations.NullMarked;
