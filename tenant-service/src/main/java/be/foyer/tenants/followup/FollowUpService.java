package be.foyer.tenants.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.tenant.TenantService;

/** Recording and reading the follow-ups of one organisation's tenants. */
@Service
public class FollowUpService {

    private final TenantService tenants;
    private final FollowUpStore store;
    private final Clock clock;

    public FollowUpService(TenantService tenants, FollowUpStore store, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param placeName     required for an accompaniment, refused otherwise
     * @param placeCategory likewise
     */
    public FollowUp record(String organisation, String tenantId, LocalDate date, FollowUpMode mode,
            int durationMinutes, String placeName, PlaceCategory placeCategory, String recordedBy) {
        tenants.get(organisation, tenantId);
        if (date.isAfter(LocalDate.now(clock.withZone(TenantService.BRUSSELS)))) {
            throw BadRequestException.onField("date", "cannot be in the future");
        }
        Place place = null;
        if (mode == FollowUpMode.ACCOMPANIMENT) {
            if (placeName == null || placeName.isBlank() || placeCategory == null) {
                throw BadRequestException.onField("place",
                        "an accompaniment needs the place's name and category");
            }
            place = Place.named(organisation, placeName, placeCategory);
        } else if (placeName != null || placeCategory != null) {
            throw BadRequestException.onField("place", "is only recorded for an ACCOMPANIMENT");
        }
        FollowUp followUp = new FollowUp(UUID.randomUUID().toString(), organisation, tenantId, date, mode,
                durationMinutes, place, recordedBy, clock.instant());
        store.record(followUp);
        return followUp;
    }

    public PageResult<FollowUp> list(String organisation, String tenantId, PageQuery page) {
        tenants.get(organisation, tenantId);
        return store.list(organisation, tenantId, page);
    }
}
