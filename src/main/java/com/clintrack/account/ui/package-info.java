@NullMarked
package com.clintrack.account.ui;

import org.jspecify.annotations.NullMarked;
