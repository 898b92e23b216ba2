package be.foyer.tenants.tenant;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.HousingSearchOpened;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.platform.domain.Author;
import be.foyer.platform.domain.RuleViolationException;

/**
 * The person's status follows their housing as housing-service announces it. A started tenancy houses them; a
 * search opened means searching, unless housed; an ended tenancy leaves them housed while another one runs, else
 * by its end reason: dead → EXITED, evicted or back to the street → STREET, anything else → SEARCHING. Each change
 * is kept in the status history by {@link #CHANGED_BY} ("housing") and announced with {@code TenantStatusChanged}, as a worker's
 * change is. The tenant's organisation is the file's: an event of another organisation, or about an unknown or
 * erased tenant, changes nothing. Applying an event twice changes nothing the second time.
 */
@Service
public class HousingStatus {

    /** Who the status history names for changes made by housing events. */
    public static final Author CHANGED_BY = new Author("housing", "housing");

    /** Writes lost to a worker saving the same file at that moment are tried again this many times. */
    private static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(HousingStatus.class);

    private final TenantStore store;
    private final Clock clock;

    public HousingStatus(TenantStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Takes in one event of {@code foyer.housing.v1}; types that say nothing about where the person lives are skipped. */
    public void apply(EventEnvelope<DomainEvent> event) {
        DomainEvent payload = event.payload();
        if (payload instanceof TenancyStarted started) {
            follow(event, started.tenantId(), started.moveInDate(), running -> running.add(started.tenancyId()),
                    (running, current) -> TenantStatus.HOUSED);
        } else if (payload instanceof TenancyEnded ended) {
            follow(event, ended.tenantId(), ended.endDate(), running -> running.remove(ended.tenancyId()),
                    (running, current) -> running.isEmpty() ? afterTenancy(ended.reason()) : TenantStatus.HOUSED);
        } else if (payload instanceof HousingSearchOpened opened) {
            follow(event, opened.tenantId(), opened.openedOn(), running -> { },
                    (running, current) -> current == TenantStatus.HOUSED ? current : TenantStatus.SEARCHING);
        }
    }

    /** Where a tenancy's end leaves a person with no other tenancy, by the end reason housing-service records. */
    static TenantStatus afterTenancy(String reason) {
        return switch (reason == null ? "OTHER" : reason) {
            case "DEATH" -> TenantStatus.EXITED;
            case "EVICTION", "RETURN_TO_STREET" -> TenantStatus.STREET;
            default -> TenantStatus.SEARCHING; // moved on, relayed, hospital, prison, other
        };
    }

    private void follow(EventEnvelope<DomainEvent> event, String tenantId, LocalDate date,
            Consumer<Set<String>> tenancies, NextStatus next) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Tenant before = tenantId == null ? null : store.findAnywhere(tenantId)
                    .filter(tenant -> tenant.organisation().equals(event.organisation())).orElse(null);
            if (before == null) {
                log.debug("Ignored {} {}: no such tenant in its organisation", event.type(), event.eventId());
                return;
            }
            Set<String> running = new HashSet<>(before.runningTenancies());
            tenancies.accept(running);
            TenantStatus status = next.of(running, before.status());
            if (running.equals(before.runningTenancies()) && status == before.status()) {
                return;
            }
            Instant now = clock.instant();
            LocalDate on = date != null ? date : LocalDate.ofInstant(event.occurredAt(), BrusselsTime.ZONE);
            Tenant after = before.withRunningTenancies(running);
            if (status != before.status()) {
                after = after.withStatus(new StatusChange(status, on, CHANGED_BY, now));
            }
            if (store.update(before, after, TenantEvents.changed(before, after, now, List.of()))) {
                return;
            }
        }
        throw new RuleViolationException("Tenant " + tenantId + " kept changing while " + event.type() + " "
                + event.eventId() + " was applied");
    }

    @FunctionalInterface
    private interface NextStatus {
        TenantStatus of(Set<String> runningTenancies, TenantStatus current);
    }
}
