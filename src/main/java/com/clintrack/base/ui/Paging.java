package com.clintrack.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Turns a lazy grid's query into a Spring Data page request, so paging and sorting run in SQL. */
public final class Paging {

    private Paging() {
    }

    /**
     * @param sortable grid sort keys mapped to entity properties; keys not in the map are ignored
     * @param fallback the order when the user has not sorted
     */
    public static Pageable of(Query<?, ?> query, Map<String, String> sortable, Sort fallback) {
        List<Sort.Order> orders = query.getSortOrders().stream()
                .filter(order -> sortable.containsKey(order.getSorted()))
                .map(order -> toOrder(order, sortable))
                .toList();
        Sort sort = orders.isEmpty() ? fallback : Sort.by(orders).and(fallback);
        int page = query.getLimit() == 0 ? 0 : query.getOffset() / query.getLimit();
        return PageRequest.of(page, Math.max(1, query.getLimit()), sort);
    }

    private static Sort.Order toOrder(QuerySortOrder order, Map<String, String> sortable) {
        String property = sortable.get(order.getSorted());
        return order.getDirection() == SortDirection.DESCENDING ? Sort.Order.desc(property) : Sort.Order.asc(property);
    }
}
