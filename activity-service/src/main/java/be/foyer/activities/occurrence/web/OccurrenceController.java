package be.foyer.activities.occurrence.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

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
import be.foyer.activities.occurrence.OccurrenceService;
import be.foyer.platform.problem.FieldChecks;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.problem.SelfChecking;
import be.foyer.platform.security.Caller;

/** One occurrence alone: cancel or move it, and take its attendance afterwards. Organiser and facilitators only. */
@RestController
@RequestMapping("/api/activities/{id}")
@PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator')")
public class OccurrenceController {

    private final OccurrenceService occurrences;
    private final AttendanceService attendance;

    public OccurrenceController(OccurrenceService occurrences, AttendanceService attendance) {
        this.occurrences = occurrences;
        this.attendance = attendance;
    }

    /** {@code {"status":"CANCELLED"}} cancels it; {@code {"start","end"}} (Brussels local) moves it. */
    @PatchMapping("/occurrences/{occurrenceId}")
    public OccurrenceView change(Caller caller, @PathVariable String id, @PathVariable String occurrenceId,
            @Valid @RequestBody ChangeOccurrence request) {
        boolean cancel = request.status() == ActivityStatus.CANCELLED;
        return OccurrenceView.of(occurrences.change(caller, id, occurrenceId, cancel, request.start(), request.end()));
    }

    /** Marks registrations present or absent; {@code occurrenceId} may be left out for a one-off activity. */
    @PutMapping("/attendance")
    public OccurrenceView attendance(Caller caller, @PathVariable String id, @Valid @RequestBody Attendance request) {
        return OccurrenceView.of(attendance.record(caller, id, request.occurrenceId(), request.present(),
                request.absent()));
    }

    public record ChangeOccurrence(ActivityStatus status, LocalDateTime start, LocalDateTime end)
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

    /** Registration ids of the occurrence. */
    public record Attendance(String occurrenceId,
            @Size(max = 1000, message = "must list at most 1000 registrations") List<String> present,
            @Size(max = 1000, message = "must list at most 1000 registrations") List<String> absent)
            implements SelfChecking {

        /** At least one registration, each listed once: every id listed twice is named. */
        @Override
        public void check(FieldChecks checks) {
            List<String> all = new ArrayList<>();
            checkListedOnce(present, "present", all, checks);
            checkListedOnce(absent, "absent", all, checks);
            checks.require(!all.isEmpty(), "present", FieldErrorCode.TOO_FEW,
                    "list at least one registration, present or absent");
        }

        private static void checkListedOnce(List<String> ids, String field, List<String> seen, FieldChecks checks) {
            for (int i = 0; ids != null && i < ids.size(); i++) {
                checks.require(!seen.contains(ids.get(i)), field + "[" + i + "]", FieldErrorCode.CONFLICTING,
                        "is listed twice or both present and absent");
                seen.add(ids.get(i));
            }
        }
    }
}
