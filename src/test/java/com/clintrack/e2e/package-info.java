/** End-to-end journeys in a real browser (Debian Chromium, driven by Selenium). */
package com.clintrack.e2e;
