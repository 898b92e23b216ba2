package be.foyer.web.tenants.followups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;

/**
 * What the follow-up forms post (quick entry, appointment, correction), kept as typed so that a refused or failed
 * save shows it again. Field names are the API's, except the place: {@code placeName} and {@code placeCategory}
 * (ids without dots), which {@link #inFormTerms} maps the API's {@code place.name} / {@code place.category} onto.
 *
 * @param status "DONE" (it took place) or "PLANNED" (an appointment)
 * @param reason why a follow-up is corrected (correction page only)
 */
public record FollowUpForm(String status, String date, String time, String mode, String durationMinutes,
        String placeName, String placeCategory, List<String> domains, String note, String healthNote,
        String reason) {

    static final String DEFAULT_DURATION = "30";

    /** The quick entry as it opens: it took place today, half an hour. */
    static FollowUpForm quickEntry(LocalDate today) {
        return new FollowUpForm(FollowUpValues.DONE, today.toString(), "", null, DEFAULT_DURATION, "", null,
                List.of(), "", "", "");
    }

    /** The correction page as it opens: the entry's fields as they are, no reason yet. */
    static FollowUpForm of(FollowUp followUp) {
        return new FollowUpForm(followUp.status(), followUp.date() == null ? "" : followUp.date().toString(),
                followUp.time() == null ? "" : followUp.time(), followUp.mode(),
                followUp.durationMinutes() == null ? "" : followUp.durationMinutes().toString(),
                followUp.place() == null ? "" : followUp.place().name(),
                followUp.place() == null ? null : followUp.place().category(), followUp.domainList(),
                followUp.note() == null ? "" : followUp.note(),
                followUp.healthNote() == null ? "" : followUp.healthNote(), "");
    }

    public List<String> chosenDomains() {
        return domains == null ? List.of() : domains;
    }

    public boolean isAccompaniment() {
        return FollowUpValues.ACCOMPANIMENT.equals(mode);
    }

    public boolean isAppointment() {
        return FollowUpValues.PLANNED.equals(status);
    }

    /** The same form with the place's category filled in (a place already used has one). */
    FollowUpForm withPlaceCategory(String category) {
        return new FollowUpForm(status, date, time, mode, durationMinutes, placeName, category, domains, note,
                healthNote, reason);
    }

    /** The duration typed that is not a whole number, as the API would name it; null when there is none. */
    ApiProblemException durationNotANumber() {
        if (isBlank(durationMinutes) || durationMinutes.strip().matches("\\d{1,6}")) {
            return null;
        }
        return new ApiProblemException(400, null,
                List.of(new ApiFieldError("durationMinutes", "not_a_number", "must be a number of minutes")));
    }

    /**
     * {@code POST /api/tenants/{id}/follow-ups}: an empty date is today; the time only for an appointment; the place
     * only for an accompaniment; the health note only when the user may write one (never sent for volunteers).
     */
    Map<String, Object> newFollowUpBody(LocalDate today, boolean mayWriteHealthNote) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", isBlank(date) ? today.toString() : date.strip());
        body.put("status", isAppointment() ? FollowUpValues.PLANNED : FollowUpValues.DONE);
        if (isAppointment() && !isBlank(time)) {
            body.put("time", time.strip());
        }
        putFields(body);
        if (!isBlank(note)) {
            body.put("note", note);
        }
        if (mayWriteHealthNote && !isBlank(healthNote)) {
            body.put("healthNote", healthNote);
        }
        return body;
    }

    /**
     * {@code PATCH /api/tenants/{id}/follow-ups/{followUpId}}: every field of the form ("" clears the time, note and
     * health note), the reason when given; the health note only when the user may write one (a volunteer sending
     * even an empty one is refused).
     */
    Map<String, Object> correctionBody(boolean mayWriteHealthNote) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", isBlank(date) ? null : date.strip());
        body.put("time", time == null ? "" : time.strip());
        putFields(body);
        body.put("note", note == null ? "" : note);
        if (mayWriteHealthNote) {
            body.put("healthNote", healthNote == null ? "" : healthNote);
        }
        if (!isBlank(reason)) {
            body.put("reason", reason.strip());
        }
        return body;
    }

    private void putFields(Map<String, Object> body) {
        body.put("mode", isBlank(mode) ? null : mode);
        body.put("durationMinutes", isBlank(durationMinutes) ? null : Integer.valueOf(durationMinutes.strip()));
        if (isAccompaniment()) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("name", placeName == null ? "" : placeName.strip());
            place.put("category", isBlank(placeCategory) ? null : placeCategory);
            body.put("place", place);
        }
        body.put("domains", chosenDomains());
    }

    /** The API's refusal with its field names as this form calls them (the place's two inputs). */
    static ApiProblemException inFormTerms(ApiProblemException refused) {
        List<ApiFieldError> errors = new ArrayList<>();
        for (ApiFieldError error : refused.fieldErrors()) {
            errors.add(new ApiFieldError(formField(error.field()), error.code(), error.message()));
        }
        return new ApiProblemException(refused.status(), refused.detail(), errors);
    }

    private static String formField(String apiField) {
        if (apiField == null) {
            return null;
        }
        if (apiField.equals("place") || apiField.equals("place.name")) {
            return "placeName";
        }
        if (apiField.equals("place.category")) {
            return "placeCategory";
        }
        return apiField.startsWith("domains") ? "domains" : apiField;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
