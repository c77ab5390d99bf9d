package com.clintrack.tracker;

import com.clintrack.base.Messages;
import com.clintrack.base.NotFoundException;
import com.clintrack.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Named list filters per user. Saving under an existing name replaces that filter. */
@Service
@PreAuthorize("isAuthenticated()")
public class SavedFilterService {

    private final SavedFilterRepository filters;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Messages messages;

    SavedFilterService(SavedFilterRepository filters, CurrentUser currentUser, Clock clock, Messages messages) {
        this.filters = filters;
        this.currentUser = currentUser;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> mine() {
        return filters.findByOwnerIdOrderByNameAsc(currentUser.id()).stream().map(SavedFilterEntity::toRecord)
                .toList();
    }

    @Transactional
    public SavedFilter save(@Nullable String name, ApplicationFilter filter) {
        Validation v = new Validation(messages);
        v.required("name", name, TrackerLimits.FILTER_NAME_MAX);
        String query = filter.toQueryString();
        v.max("query", query, TrackerLimits.FILTER_QUERY_MAX);
        v.throwIfAny();
        long owner = currentUser.id();
        String clean = name.strip();
        SavedFilterEntity entity = filters.findByOwnerIdAndName(owner, clean)
                .orElseGet(() -> new SavedFilterEntity(owner, clean, query, clock.instant()));
        entity.setQuery(query);
        return filters.saveAndFlush(entity).toRecord();
    }

    @Transactional
    public void delete(long id) {
        filters.delete(filters.findByIdAndOwnerId(id, currentUser.id())
                .orElseThrow(() -> new NotFoundException("Saved filter")));
    }
}
