package be.foyer.tenants.caseload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

import be.foyer.platform.security.Caller;
import be.foyer.tenants.audit.ReadAudit;
import be.foyer.tenants.audit.RecentFile;
import be.foyer.tenants.caseload.Caseload.FollowedTenant;
import be.foyer.tenants.caseload.Caseload.OpenedFile;
import be.foyer.tenants.caseload.Caseload.WeekAppointment;
import be.foyer.tenants.followup.Appointment;
import be.foyer.tenants.followup.FollowUpService;
import be.foyer.tenants.tenant.FileAccess;
import be.foyer.tenants.tenant.Names;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantService;

/**
 * Puts a worker's day together from a handful of queries whatever the size of the organisation: the files they
 * follow (one query), the last contact of each (one query by ids), the week's appointments (one query on the small
 * collection of planned ones), the files they opened last (one document), and the names of the tenants these
 * mention (one query by ids). Reading the caseload is not recorded in the read audit: it shows names only, as the
 * list of tenants does.
 */
@Service
public class CaseloadService {

    /** How many recently opened files the caseload shows. */
    static final int RECENT_FILES = 5;
    static final int NO_CONTACT_DAYS = 30;

    private final TenantService tenants;
    private final FileAccess access;
    private final FollowUpService followUps;
    private final ReadAudit audit;

    public CaseloadService(TenantService tenants, FileAccess access, FollowUpService followUps, ReadAudit audit) {
        this.tenants = tenants;
        this.access = access;
        this.followUps = followUps;
        this.audit = audit;
    }

    public Caseload of(Caller caller) {
        String organisation = caller.requireOrganisation();
        LocalDate today = tenants.today();
        List<Tenant> followed = tenants.followedBy(caller);
        Set<String> followedIds = new HashSet<>(followed.stream().map(Tenant::id).toList());

        Map<String, LocalDate> lastContacts = followUps.lastContacts(organisation, followedIds);
        List<FollowedTenant> people = followed.stream()
                .map(tenant -> followed(tenant, lastContacts.get(tenant.id()), today))
                .sorted(NEEDING_CONTACT_FIRST).toList();

        // From this week's Monday (planned ones not yet marked stay in view) to a week ahead, so that on a Friday or
        // a Sunday the worker also sees the coming days.
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Appointment> week = followUps.appointments(organisation, monday, today.plusDays(6), followedIds,
                FileAccess.isCaseWorker(caller) ? caller.author().id() : null);
        List<RecentFile> recent = audit.recentFiles(organisation, caller.author().id());

        Set<String> mentioned = new HashSet<>();
        week.forEach(appointment -> mentioned.add(appointment.tenantId()));
        recent.forEach(file -> mentioned.add(file.tenantId()));
        Map<String, Tenant> named = new HashMap<>();
        access.reachable(caller, mentioned).forEach(tenant -> named.put(tenant.id(), tenant));

        return new Caseload(people,
                week.stream().filter(appointment -> named.containsKey(appointment.tenantId()))
                        .map(appointment -> new WeekAppointment(appointment.followUpId(),
                                named.get(appointment.tenantId()), appointment.date(), appointment.time(),
                                appointment.mode())).toList(),
                recent.stream().filter(file -> named.containsKey(file.tenantId()))
                        .map(file -> new OpenedFile(named.get(file.tenantId()), file.openedAt()))
                        .limit(RECENT_FILES).toList());
    }

    private static FollowedTenant followed(Tenant tenant, LocalDate lastContact, LocalDate today) {
        return new FollowedTenant(tenant, lastContact,
                lastContact != null && !lastContact.isBefore(today.withDayOfMonth(1)),
                lastContact == null || lastContact.isBefore(today.minusDays(NO_CONTACT_DAYS)));
    }

    /** Without contact for 30 days first, the longest without first (never met before all), then by name. */
    private static final Comparator<FollowedTenant> NEEDING_CONTACT_FIRST = Comparator
            .comparing(FollowedTenant::noContactFor30Days).reversed()
            .thenComparing(FollowedTenant::lastContactOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(followed -> Names.fold(Objects.toString(followed.tenant().profile().lastName(), "")
                    + " " + Objects.toString(followed.tenant().profile().firstName(), "")));
}
