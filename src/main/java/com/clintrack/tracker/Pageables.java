package com.clintrack.tracker;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging rules shared by the tracker's lists. */
final class Pageables {

    private Pageables() {
    }

    /**
     * The caller's order with the id as the last key, so pages never overlap on equal values; the fallback
     * when unsorted; an unpaged request becomes the largest page.
     */
    static Pageable withTieBreak(Pageable pageable, Sort fallback) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : fallback;
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : PageRequest.of(0, TrackerLimits.PAGE_SIZE_MAX, sort);
    }
}
