package com.clintrack.documents;

import com.clintrack.base.NotFoundException;
import com.clintrack.tracker.ApplicationFilter;
import com.clintrack.tracker.TrackedApplication;
import com.clintrack.tracker.TrackerService;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** {@link JobApplications} over the tracker's public service (owner-scoped there). */
@Component
class TrackerJobApplications implements JobApplications {

    private final TrackerService tracker;

    TrackerJobApplications(TrackerService tracker) {
        this.tracker = tracker;
    }

    @Override
    public List<ApplicationRef> recent(int limit) {
        return tracker.list(ApplicationFilter.NONE, PageRequest.of(0, limit, TrackerService.DEFAULT_SORT)).stream()
                .map(TrackerJobApplications::ref).toList();
    }

    @Override
    public Optional<ApplicationRef> find(long id) {
        try {
            return Optional.of(ref(tracker.get(id)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static ApplicationRef ref(TrackedApplication application) {
        return new ApplicationRef(application.id(), application.company(), application.title(),
                application.postingText() == null ? "" : application.postingText());
    }
}
