package be.foyer.web.calendar.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.FormValues;
import be.foyer.web.support.TenantPicker;
import be.foyer.web.support.Texts;

/**
 * The attendance sheet, made for a phone: one big checkbox per registration (those waiting too: they may come
 * anyway), a known tenant who walked in, and outside participants counted by kind, never named. Saved with
 * {@code PUT /api/activities/{id}/attendance}; then the sheet shows the figures, tenants and outside participants
 * apart. Walk-ins: staff and coordinators pick among their own tenants; facilitators (no case files) among the
 * rows of this date the API gives them with a tenant id (people who withdrew but came).
 */
@Controller
class AttendanceController {

    static final String FORM = "activity.attendance";
    static final String FORM_ID = "attendance-form";
    static final List<String> KINDS = List.of("NEIGHBOUR", "PUPIL", "RELATIVE", "OTHER");
    private static final String PATH = "/calendar/activities/{activityId}/occurrences/{occurrenceId}/attendance";

    private final ApiClient api;
    private final ActivityReader reader;
    private final TenantPicker picker;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    AttendanceController(ApiClient api, ActivityReader reader, TenantPicker picker, FormErrorMessages formErrors,
            Texts texts) {
        this.api = api;
        this.reader = reader;
        this.picker = picker;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    /** The body of {@code PUT /api/activities/{id}/attendance}. */
    record Attendance(String occurrenceId, List<String> present, List<String> absent, List<String> walkIns,
            Map<String, Integer> outsideParticipants) {
    }

    /** What the sheet holds: ids ticked, the walk-in picked, the counts as typed. */
    record Sheet(List<String> present, Map<String, String> outside) {
    }

    @GetMapping(PATH)
    String sheet(@PathVariable String activityId, @PathVariable String occurrenceId,
            @RequestParam(required = false) String q, @RequestParam(required = false) String tenantId,
            @RequestHeader(name = "HX-Target", required = false) String hxTarget, CurrentUser user, Model model) {
        Occurrence occurrence = reader.occurrence(activityId, occurrenceId);
        refuseUnlessAllowed(user, occurrence);
        Participants participants = reader.participants(activityId, occurrenceId);
        model.addAttribute("tenantPicker", walkInPicker(user, participants, q, tenantId));
        model.addAttribute("errors", FormErrors.NONE);
        if (TenantPicker.isOptionsRequest(hxTarget)) {
            return TenantPicker.OPTIONS;
        }
        Map<String, String> outside = new LinkedHashMap<>();
        KINDS.forEach(kind -> outside.put(kind, String.valueOf(participants.outside(kind))));
        Sheet sheet = new Sheet(participants.active().stream().filter(Participants.Row::isPresent)
                .map(Participants.Row::id).toList(), outside);
        return page(occurrence, participants, sheet, model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String activityId, @PathVariable String occurrenceId,
            @RequestParam(name = "present", required = false) List<String> present,
            @RequestParam(required = false) String tenantId, @RequestParam(required = false) String q,
            @RequestParam Map<String, String> params, CurrentUser user, Model model, RedirectAttributes redirect) {
        Occurrence occurrence = reader.occurrence(activityId, occurrenceId);
        refuseUnlessAllowed(user, occurrence);
        Participants participants = reader.participants(activityId, occurrenceId);
        List<String> ticked = present == null ? List.of() : present;
        Map<String, String> outside = new LinkedHashMap<>();
        KINDS.forEach(kind -> outside.put(kind, params.getOrDefault("outsideParticipants." + kind, "").strip()));
        Sheet sheet = new Sheet(ticked, outside);
        String walkIn = FormValues.blankToNull(tenantId);
        FormErrors errors;
        try {
            Map<String, Integer> counts = counts(outside);
            List<String> absent = participants.active().stream().map(Participants.Row::id)
                    .filter(id -> !ticked.contains(id)).toList();
            api.put("/api/activities/{id}/attendance", new Attendance(occurrenceId, ticked, absent,
                    walkIn == null ? List.of() : List.of(walkIn), counts), Object.class, activityId);
            Banners.success(redirect, texts.of("activity.attendance.done"));
            return "redirect:" + PATH;
        } catch (ApiProblemException refused) {
            errors = formErrors.of(onPageFields(refused), FORM);
        } catch (ServiceUnavailableException outage) {
            errors = formErrors.of(outage);
        }
        model.addAttribute("tenantPicker", walkInPicker(user, participants, q, walkIn));
        model.addAttribute("errors", errors);
        return page(occurrence, participants, sheet, model);
    }

    private String page(Occurrence occurrence, Participants participants, Sheet sheet, Model model) {
        model.addAttribute("occurrence", occurrence);
        model.addAttribute("participants", participants);
        model.addAttribute("sheet", sheet);
        model.addAttribute("kinds", KINDS);
        return "calendar/activity/attendance";
    }

    private TenantPicker.Picker walkInPicker(CurrentUser user, Participants participants, String q, String picked) {
        if (user.isCaseWorker()) {
            return picker.search(FORM_ID, q, picked);
        }
        List<TenantPicker.Choice> known = participants.items().stream()
                .filter(row -> !row.isActive() && row.tenantId() != null && row.firstName() != null)
                .map(row -> new TenantPicker.Choice(row.tenantId(), row.firstName())).distinct().toList();
        return TenantPicker.among(FORM_ID, known, q, picked);
    }

    private static void refuseUnlessAllowed(CurrentUser user, Occurrence occurrence) {
        if (!ActivityRights.mayPlan(user, occurrence.organisation()) || occurrence.isCancelled()) {
            throw new ForbiddenException("/calendar/activities/" + occurrence.activityId() + "/attendance");
        }
    }

    /** Counts as typed; blank is 0; what is not a whole number is said beside its field, nothing sent. */
    private static Map<String, Integer> counts(Map<String, String> typed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<ApiFieldError> wrong = new ArrayList<>();
        typed.forEach((kind, text) -> {
            try {
                counts.put(kind, text.isEmpty() ? 0 : Integer.parseInt(text));
            } catch (NumberFormatException notANumber) {
                wrong.add(new ApiFieldError("outsideParticipants." + kind, "not_a_number", null));
            }
        });
        if (!wrong.isEmpty()) {
            throw new ApiProblemException(400, null, wrong);
        }
        return counts;
    }

    /** The API names the walk-in {@code walkIns[0]}: on the page it is the picker's {@code tenantId}. */
    private static ApiProblemException onPageFields(ApiProblemException refused) {
        List<ApiFieldError> errors = refused.fieldErrors().stream()
                .map(error -> error.field() != null && error.field().startsWith("walkIns")
                        ? new ApiFieldError("tenantId", error.code(), error.message()) : error)
                .toList();
        return new ApiProblemException(refused.status(), refused.detail(), errors);
    }
}
