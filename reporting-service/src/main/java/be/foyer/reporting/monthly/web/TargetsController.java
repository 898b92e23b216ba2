package be.foyer.reporting.monthly.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NotPermittedException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.monthly.TargetHistory;
import be.foyer.reporting.monthly.TargetHistory.Entry;
import be.foyer.reporting.monthly.Targets;
import be.foyer.reporting.programme.ProgrammeAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Dated monthly targets of the caller's organisation, or of a programme ({@code programme=}). Organisation: staff and
 * coordinators read, coordinators set. Programme: its readers read, the coordinators of its lead organisation set.
 * A target is set from a month on, never before the current month, so that a past month's report never changes.
 */
@Tag(name = "Reports", description = "Monthly, annual, trend, retention and federation figures, and their targets.")
@RestController
@RequestMapping("/api/reports/targets")
public class TargetsController {

    /** Above this a target is surely a typing error. */
    static final int HIGHEST_TARGET = 100_000;
    /** Targets are set for the years ahead, not for a month no one will see. */
    static final int MOST_YEARS_AHEAD = 5;
    /** Unknown body fields named in one 400, so that a body of a million fields cannot make a huge answer. */
    static final int MOST_UNKNOWN_FIELDS_NAMED = 10;

    private final Targets targets;
    private final ProgrammeAccess programmes;
    private final Clock clock;

    public TargetsController(Targets targets, ProgrammeAccess programmes, Clock clock) {
        this.targets = targets;
        this.programmes = programmes;
        this.clock = clock;
    }

    @Operation(summary = "Read the targets of the indicators and their history")
    @GetMapping
    @PreAuthorize("hasAnyRole('staff', 'coordinator', 'facilitator', 'federation-analyst')")
    public TargetsView targets(Caller caller, @RequestParam(required = false) String programme) {
        Scope scope;
        if (programme != null) {
            scope = Scope.programme(programmes.readable(caller, programme));
        } else if (caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR)) {
            scope = Scope.organisation(caller.requireOrganisation());
        } else {
            throw new NotPermittedException("Only an organisation's staff and coordinators read its targets.");
        }
        return TargetsView.of(scope, targets.history(scope), ReportMonth.current(clock));
    }

    /**
     * {@code {"from":"2026-12","targets":{"tenantsMetIndividually":25,"distinctPlaces":null}}}: the named targets
     * from that month on ({@code null}: no target from then on); others unchanged. Nothing changes unless every
     * field is valid, and a 400 names each wrong one.
     */
    @Operation(summary = "Set targets of indicators")
    @PutMapping
    @PreAuthorize("hasRole('coordinator')")
    public TargetsView change(Caller caller, @RequestParam(required = false) String programme,
            @RequestBody Map<String, Object> body) {
        Scope scope = programme != null ? Scope.programme(programmes.changeable(caller, programme))
                : Scope.organisation(caller.requireOrganisation());
        YearMonth current = ReportMonth.current(clock);
        FieldChecks checks = new FieldChecks();
        YearMonth from = from(body.get("from"), current, checks);
        Map<Indicator, Integer> changes = changes(body.get("targets"), checks);
        body.keySet().stream().filter(field -> !field.equals("from") && !field.equals("targets"))
                .limit(MOST_UNKNOWN_FIELDS_NAMED).forEach(field ->
                checks.reject(field, FieldErrorCode.NOT_ALLOWED, "is not a field; the body holds from and targets"));
        checks.throwIfAny();
        targets.set(scope, from, changes, caller.author(), clock.instant());
        return TargetsView.of(scope, targets.history(scope), current);
    }

    private static YearMonth from(Object value, YearMonth current, FieldChecks checks) {
        if (value == null) {
            checks.reject("from", FieldErrorCode.REQUIRED, "is required: the first month (YYYY-MM) the targets apply in");
            return null;
        }
        YearMonth from;
        try {
            from = YearMonth.parse(String.valueOf(value));
        } catch (DateTimeException e) {
            checks.reject("from", FieldErrorCode.INVALID_FORMAT, "must be a month written YYYY-MM, e.g. " + current);
            return null;
        }
        if (from.isBefore(current)) {
            checks.reject("from", FieldErrorCode.IN_PAST, "cannot be before the current month (" + current
                    + "): past months keep the targets that applied then");
        } else if (from.isAfter(current.plusYears(MOST_YEARS_AHEAD))) {
            checks.reject("from", FieldErrorCode.IMPLAUSIBLE_DATE, "must be within " + MOST_YEARS_AHEAD
                    + " years from now");
        }
        return from;
    }

    private static Map<Indicator, Integer> changes(Object value, FieldChecks checks) {
        Map<Indicator, Integer> changes = new LinkedHashMap<>();
        if (!(value instanceof Map<?, ?> given) || given.isEmpty()) {
            checks.reject("targets", FieldErrorCode.REQUIRED, "is required: an object of indicator: target");
            return changes;
        }
        if (given.size() > Indicator.values().length) {
            checks.reject("targets", FieldErrorCode.TOO_MANY, "must hold at most " + Indicator.values().length
                    + " targets, one per indicator");
            return changes;
        }
        given.forEach((name, target) -> {
            String field = "targets." + name;
            Indicator.byKey(String.valueOf(name)).ifPresentOrElse(indicator -> {
                if (target == null) {
                    changes.put(indicator, null);
                } else if (!(target instanceof Integer || target instanceof Long)) {
                    checks.reject(field, FieldErrorCode.NOT_A_NUMBER, "must be a whole number from 0 to "
                            + HIGHEST_TARGET + ", or null for no target");
                } else if (((Number) target).longValue() < 0) {
                    checks.reject(field, FieldErrorCode.TOO_SMALL, "cannot be negative");
                } else if (((Number) target).longValue() > HIGHEST_TARGET) {
                    checks.reject(field, FieldErrorCode.TOO_LARGE, "cannot be more than " + HIGHEST_TARGET);
                } else {
                    changes.put(indicator, ((Number) target).intValue());
                }
            }, () -> checks.reject(field, FieldErrorCode.NOT_ALLOWED, "is not an indicator; targets exist for "
                    + Indicator.keys()));
        });
        return changes;
    }

    /**
     * @param targets per indicator, the target applying this month and since when ({@code from} {@code null}: from
     *                the first month)
     * @param history every target ever set, oldest first, including those starting after this month
     */
    public record TargetsView(@JsonInclude(Include.NON_NULL) String organisation,
            @JsonInclude(Include.NON_NULL) String programme, Map<String, TargetView> targets,
            List<HistoryView> history) {

        static TargetsView of(Scope scope, TargetHistory history, YearMonth current) {
            Map<String, TargetView> byKey = new LinkedHashMap<>();
            Map<Indicator, Entry> applying = history.current(current);
            for (Indicator indicator : Indicator.values()) {
                Entry entry = applying.get(indicator);
                byKey.put(indicator.key(), entry == null ? new TargetView(null, null)
                        : new TargetView(entry.target(), month(entry.from())));
            }
            List<HistoryView> entries = new ArrayList<>();
            for (Entry entry : history.entries()) {
                entries.add(new HistoryView(entry.indicator().key(), entry.target(), month(entry.from()),
                        entry.setBy().name(), entry.setAt() == null ? null : entry.setAt().toString()));
            }
            boolean programme = scope.kind() == Scope.Kind.PROGRAMME;
            return new TargetsView(programme ? null : scope.id(), programme ? scope.id() : null, byKey, entries);
        }

        private static String month(YearMonth month) {
            return month == null ? null : month.toString();
        }
    }

    /** @param target {@code null}: the indicator is reported without a target */
    public record TargetView(Integer target, String from) {
    }

    public record HistoryView(String indicator, Integer target, String from, String setBy, String setAt) {
    }
}
