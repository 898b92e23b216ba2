package be.foyer.reporting.projection.rebuild;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.FollowUpCorrected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.FollowUpWithdrawn;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.security.Organisations;

/**
 * A reproducible history of the six organisations over {@link #FIRST_MONTH} to {@link #LAST_MONTH}: tenants (some
 * with federation keys shared across organisations, some withdrawing consent or erased), follow-ups, activities and
 * participations, council meetings and tenancies that all end within the period (so they do not count in the
 * months other tests use). Ids come from the seeded generator, so the same seed gives the same history. The events
 * are shuffled across topics and aggregates (a follow-up may come before its tenant, an end before its tenancy),
 * except that each tenant's consent and erasure come after its registration, and a follow-up's correction or
 * withdrawal after its recording, as tenant-service publishes them.
 */
public final class HistoryGenerator {

    public static final YearMonth FIRST_MONTH = YearMonth.of(2019, 1);
    public static final YearMonth LAST_MONTH = YearMonth.of(2020, 12);

    private static final List<String> MODES = List.of("HOME_VISIT", "OFFICE", "PHONE", "WHATSAPP", "STREET",
            "ACCOMPANIMENT");
    private static final List<String> DOMAINS = List.of("HOUSING", "HEALTH", "INCOME", "SOCIAL_LIFE", "ADMINISTRATION");
    private static final List<String> END_REASONS = List.of("MOVED_ON", "EVICTION", "DEATH", "HOSPITAL", "PRISON");
    private static final Instant OCCURRED_AT = Instant.parse("2021-01-01T00:00:00Z");

    private final Random random;

    public HistoryGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** About {@code scale} × 1,000 events. */
    public List<EventEnvelope<?>> generate(int scale) {
        List<EventEnvelope<?>> shuffled = new ArrayList<>();
        List<EventEnvelope<?>> later = new ArrayList<>();
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < 100 * scale; i++) {
            Tenant tenant = new Tenant(id(), pick(Organisations.ALL));
            tenants.add(tenant);
            String key = random.nextInt(10) < 4 ? "federation-key-" + random.nextInt(60 * scale) : null;
            shuffled.add(event(tenant.organisation, new TenantRegistered(tenant.id, date(), key)));
            int fate = random.nextInt(50);
            if (fate == 0) {
                later.add(event(tenant.organisation, new TenantErased(tenant.id, LAST_MONTH.atEndOfMonth())));
            } else if (fate < 4) {
                later.add(event(tenant.organisation, new ConsentChanged(tenant.id, "FEDERATION_STATISTICS", false,
                        LAST_MONTH.atEndOfMonth(), null)));
            }
        }
        for (int i = 0; i < 500 * scale; i++) {
            Tenant tenant = pick(tenants);
            String mode = pick(MODES);
            boolean accompanied = mode.equals("ACCOMPANIMENT");
            String followUpId = id();
            shuffled.add(event(tenant.organisation, new FollowUpRecorded(followUpId, tenant.id, date(), mode,
                    15 + random.nextInt(120), domains(), accompanied ? "place-" + random.nextInt(40) : null,
                    accompanied ? "HOSPITAL" : null)));
            int afterwards = random.nextInt(20);
            if (afterwards == 0) {
                later.add(event(tenant.organisation, new FollowUpWithdrawn(followUpId, tenant.id)));
            } else if (afterwards < 3) {
                // corrected to another date, often another month, and to another place
                later.add(event(tenant.organisation, new FollowUpCorrected(followUpId, tenant.id, date(), mode,
                        15 + random.nextInt(120), domains(), accompanied ? "place-" + random.nextInt(40) : null,
                        accompanied ? "HOSPITAL" : null)));
            }
        }
        for (int i = 0; i < 12 * scale; i++) {
            String activityId = id();
            String organiser = pick(Organisations.ALL);
            boolean recurring = random.nextBoolean();
            for (int occurrence = 0; occurrence < (recurring ? 1 + random.nextInt(4) : 1); occurrence++) {
                String occurrenceId = id();
                LocalDate heldOn = date();
                shuffled.add(event(organiser, new ActivityHeld(activityId, occurrenceId, "WORKSHOP", recurring,
                        heldOn, null, null)));
                for (int present = random.nextInt(8); present > 0; present--) {
                    Tenant tenant = pick(tenants);
                    shuffled.add(event(tenant.organisation, new ParticipationRecorded(activityId, occurrenceId,
                            tenant.id, organiser, "WORKSHOP", recurring, heldOn, null, null)));
                }
            }
        }
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            List<String> attending = new ArrayList<>();
            Organisations.ALL.stream().filter(organisation -> random.nextInt(3) > 0).forEach(attending::add);
            shuffled.add(event("smes", new CouncilMeetingHeld(id(), month.atDay(10), attending,
                    attending.size() * 2)));
        }
        for (int i = 0; i < 40 * scale; i++) {
            Tenant tenant = pick(tenants);
            String tenancyId = id();
            LocalDate moveIn = date();
            long daysLeft = LAST_MONTH.atEndOfMonth().toEpochDay() - moveIn.toEpochDay();
            LocalDate end = moveIn.plusDays(1 + (long) (random.nextDouble() * daysLeft));
            shuffled.add(event(tenant.organisation, new TenancyStarted(tenancyId, tenant.id, id(), id(),
                    "HOUSING_FIRST", moveIn, null)));
            shuffled.add(event(tenant.organisation, new TenancyEnded(tenancyId, tenant.id, id(), "HOUSING_FIRST",
                    moveIn, end, pick(END_REASONS))));
        }
        Collections.shuffle(shuffled, random);
        shuffled.addAll(later);
        return shuffled;
    }

    private List<String> domains() {
        List<String> domains = new ArrayList<>();
        DOMAINS.stream().filter(domain -> random.nextInt(4) == 0).forEach(domains::add);
        return domains;
    }

    private LocalDate date() {
        long first = FIRST_MONTH.atDay(1).toEpochDay();
        long last = LAST_MONTH.atEndOfMonth().toEpochDay();
        return LocalDate.ofEpochDay(first + random.nextInt((int) (last - first)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String id() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private EventEnvelope<?> event(String organisation, DomainEvent payload) {
        EventEnvelope<DomainEvent> fresh = EventEnvelope.of(organisation, payload, OCCURRED_AT);
        return new EventEnvelope<>(new UUID(random.nextLong(), random.nextLong()), fresh.type(), fresh.version(),
                OCCURRED_AT, organisation, fresh.aggregateId(), payload);
    }

    private record Tenant(String id, String organisation) {
    }
}
