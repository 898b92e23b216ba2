package be.foyer.activities.occurrence.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.occurrence.AttendanceService;
import be.foyer.activities.occurrence.AttendanceSheet;
import be.foyer.activities.occurrence.OccurrenceService;
import be.foyer.activities.occurrence.OutsideKind;
import be.foyer.activities.occurrence.OutsideParticipants;
import be.foyer.activities.occurrence.RegistrationService;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageQuery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** One occurrence alone: cancel or move it, and take its attendance afterwards. Organiser and facilitators only. */
@Tag(name = "Occurrences", description = "The dated occurrences of an activity series.")
@RestController
@RequestMapping("/api/activities/{id}")
@PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator')")
public class OccurrenceController {

    private final OccurrenceService occurrences;
    private final AttendanceService attendance;
    private final RegistrationService registrations;

    public OccurrenceController(OccurrenceService occurrences, AttendanceService attendance,
            RegistrationService registrations) {
        this.occurrences = occurrences;
        this.attendance = attendance;
        this.registrations = registrations;
    }

    /** {@code {"status":"CANCELLED"}} cancels it; {@code {"start","end"}} (Brussels local) moves it. */
    @Operation(summary = "Change or cancel one occurrence")
    @PatchMapping("/occurrences/{occurrenceId}")
    public OccurrenceView change(Caller caller, @PathVariable String id, @PathVariable String occurrenceId,
            @Valid @RequestBody ChangeOccurrence request) {
        boolean cancel = request.status() == ActivityStatus.CANCELLED;
        return OccurrenceView.of(occurrences.change(caller, id, occurrenceId, cancel, request.start(), request.end()));
    }

    /**
     * Marks registrations present or absent, notes walk-ins and counts outside participants; {@code occurrenceId} may
     * be left out for a one-off activity. Answers the occurrence's participant list as the caller sees it.
     */
    @Operation(summary = "Record who attended an occurrence")
    @PutMapping("/attendance")
    public ParticipantsView attendance(Caller caller, @PathVariable String id, @Valid @RequestBody Attendance request) {
        attendance.record(caller, id, request.sheet());
        PageQuery all = new PageQuery(0, PageQuery.MAX_SIZE);
        return ParticipantsView.of(registrations.participants(caller, id, request.occurrenceId(), all), all);
    }

    public record ChangeOccurrence(ActivityStatus status, @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime start, @PlausibleDate(yearsBack = 10, yearsAhead = 15) LocalDateTime end)
            implements SelfChecking {

        @Override
        public void check(FieldChecks checks) {
            checks.require(status == null || status == ActivityStatus.CANCELLED, "status", FieldErrorCode.NOT_ALLOWED,
                    "only CANCELLED can be set here");
            checks.require(status != null || start != null || end != null, "start", FieldErrorCode.REQUIRED,
                    "give a new start and/or end, or status CANCELLED");
            if (start != null && end != null) {
                checks.require(end.isAfter(start), "end", FieldErrorCode.BEFORE_START, "must be after start");
            }
        }
    }

    /**
     * Registration ids of the occurrence ({@code present}, {@code absent}), tenant ids of those who came without a
     * place ({@code walkIns}) and outside participants by kind ({@code NEIGHBOUR}, {@code PUPIL}, {@code RELATIVE},
     * {@code OTHER}; the kinds left out count 0; replaces the stored counts).
     */
    public record Attendance(@Size(max = 64, message = "must be at most 64 characters") @SingleLineText String occurrenceId,
            @Size(max = 1000, message = "must list at most 1000 registrations") List<@Size(max = 64, message = "must be at most 64 characters") @SingleLineText String> present,
            @Size(max = 1000, message = "must list at most 1000 registrations") List<@Size(max = 64, message = "must be at most 64 characters") @SingleLineText String> absent,
            @Size(max = MAX_WALK_INS, message = "must list at most " + MAX_WALK_INS + " tenants") List<@Size(max = 64, message = "must be at most 64 characters") @SingleLineText String> walkIns,
            @Size(max = 20, message = "must list at most 20 kinds of participants")
            Map<@SingleLineText String, Integer> outsideParticipants)
            implements SelfChecking {

        static final int MAX_WALK_INS = 50;

        /**
         * Each registration and walk-in listed once (every id listed twice is named), known kinds with counts within
         * bounds. Whether something must be noted depends on the activity (a team meeting may be held with no one),
         * so the service checks it.
         */
        @Override
        public void check(FieldChecks checks) {
            List<String> all = new ArrayList<>();
            checkListedOnce(present, "present", all, checks);
            checkListedOnce(absent, "absent", all, checks);
            checkListedOnce(walkIns, "walkIns", new ArrayList<>(), checks);
            if (outsideParticipants != null) {
                outsideParticipants.forEach((kind, count) -> {
                    String field = "outsideParticipants." + kind;
                    if (kind(kind) == null) {
                        checks.reject(field, FieldErrorCode.UNKNOWN, "is not a kind (NEIGHBOUR, PUPIL, RELATIVE, OTHER)");
                    } else if (count == null || count < 0) {
                        checks.reject(field, FieldErrorCode.TOO_SMALL, "must be 0 or more");
                    } else if (count > OutsideParticipants.MAX_PER_KIND) {
                        checks.reject(field, FieldErrorCode.TOO_LARGE,
                                "must be at most " + OutsideParticipants.MAX_PER_KIND);
                    }
                });
            }
        }

        AttendanceSheet sheet() {
            Map<OutsideKind, Integer> counts = new EnumMap<>(OutsideKind.class);
            if (outsideParticipants != null) {
                outsideParticipants.forEach((kind, count) -> counts.put(kind(kind), count));
            }
            return new AttendanceSheet(occurrenceId, present, absent,
                    walkIns == null ? null : walkIns.stream().map(String::strip).toList(),
                    outsideParticipants == null ? null : new OutsideParticipants(counts));
        }

        private static OutsideKind kind(String typed) {
            return Arrays.stream(OutsideKind.values()).filter(kind -> kind.name().equals(typed)).findFirst()
                    .orElse(null);
        }

        private static void checkListedOnce(List<String> ids, String field, List<String> seen, FieldChecks checks) {
            for (int i = 0; ids != null && i < ids.size(); i++) {
                checks.require(ids.get(i) != null && !ids.get(i).isBlank(), field + "[" + i + "]",
                        FieldErrorCode.REQUIRED, "must not be blank");
                checks.require(!seen.contains(ids.get(i)), field + "[" + i + "]", FieldErrorCode.CONFLICTING,
                        "is listed twice or both present and absent");
                seen.add(ids.get(i));
            }
        }
    }
}
