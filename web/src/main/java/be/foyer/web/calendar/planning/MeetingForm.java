package be.foyer.web.calendar.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.foyer.web.api.ApiFieldError;

/**
 * The council meeting form as typed: the (first) date and times, the place, and the recurrence picker (a series
 * must end: the API caps it at 24 meetings). The end time may be left empty (the API makes it 2 hours).
 */
public record MeetingForm(String start, String startTime, String end, String placeName, String placeAddress,
        RecurrencePicker picker) {

    public static MeetingForm empty() {
        return new MeetingForm("", "", "", "", "", RecurrencePicker.empty());
    }

    public static MeetingForm from(Map<String, List<String>> params) {
        return new MeetingForm(TypedTimes.first(params, "start"), TypedTimes.first(params, "startTime"),
                TypedTimes.first(params, "end"), TypedTimes.first(params, "placeName"),
                TypedTimes.first(params, "placeAddress"), RecurrencePicker.from(params));
    }

    public List<ApiFieldError> check() {
        List<ApiFieldError> errors = new ArrayList<>();
        TypedTimes.checkDate(errors, "start", start);
        TypedTimes.checkTime(errors, "startTime", startTime, true);
        TypedTimes.checkTime(errors, "end", end, false);
        errors.addAll(picker.check(true));
        return errors;
    }

    /** The body of {@code POST /api/council/meetings} (nothing blank sent). Call {@link #check()} first. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", TypedTimes.at(start, startTime));
        if (!end.isBlank()) {
            body.put("end", TypedTimes.at(start, end));
        }
        String rule = picker.rule();
        if (rule != null) {
            body.put("recurrence", rule);
            if (!picker.exceptionDates().isEmpty()) {
                body.put("exceptions", picker.exceptionDates());
            }
        }
        if (!placeName.isBlank()) {
            body.put("placeName", placeName);
        }
        if (!placeAddress.isBlank()) {
            body.put("placeAddress", placeAddress);
        }
        return body;
    }
}
