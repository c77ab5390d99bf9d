package com.clintrack.tracker.api;

import com.clintrack.base.InvalidInputException;
import com.clintrack.tracker.TrackerLimits;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The list answer of the tracker's API: {@code {content:[…], page:{number,size,totalElements,totalPages}}}. */
record PageResponse<T>(List<T> content, PageInfo page) {

    static final int DEFAULT_PAGE_SIZE = 20;

    static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), new PageInfo(page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages()));
    }

    /** The page asked for by {@code page} and {@code size}, or 400 when either is out of range. */
    static PageRequest request(int page, int size, Sort sort) {
        if (page < 0) {
            throw InvalidInputException.of("page", "Use 0 or more.");
        }
        if (size < 1 || size > TrackerLimits.PAGE_SIZE_MAX) {
            throw InvalidInputException.of("size", "Use 1 to " + TrackerLimits.PAGE_SIZE_MAX + ".");
        }
        return PageRequest.of(page, size, sort);
    }

    /** Paging figures of a list answer. */
    record PageInfo(int number, int size, long totalElements, int totalPages) {
    }
}
