package be.foyer.web.calendar.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.foyer.web.api.ApiFieldError;

/**
 * The activity form as typed (new and edit): input names are the API's field names ({@code place.name},
 * {@code costCents}...) so that its errors land beside them; the date and times are {@code start}, {@code startTime}
 * and {@code end} (the end time, on the same day); the price is typed in euros and sent in cents.
 */
public record ActivityForm(String title, String description, String category, String visibility, String placeName,
        String placeAddress, String placeCategory, String start, String startTime, String end, String capacity,
        String registrationClosesHoursBefore, String cost, String accessibility, RecurrencePicker picker) {

    public static ActivityForm empty() {
        return new ActivityForm("", "", "", "FEDERATION", "", "", "", "", "", "", "", "", "", "",
                RecurrencePicker.empty());
    }

    public static ActivityForm from(Map<String, List<String>> params) {
        return new ActivityForm(TypedTimes.first(params, "title"), TypedTimes.first(params, "description"),
                TypedTimes.first(params, "category"), TypedTimes.first(params, "visibility"),
                TypedTimes.first(params, "place.name"), TypedTimes.first(params, "place.address"),
                TypedTimes.first(params, "place.category"), TypedTimes.first(params, "start"),
                TypedTimes.first(params, "startTime"), TypedTimes.first(params, "end"),
                TypedTimes.first(params, "capacity"), TypedTimes.first(params, "registrationClosesHoursBefore"),
                TypedTimes.first(params, "costCents"), TypedTimes.first(params, "accessibility"),
                RecurrencePicker.from(params));
    }

    /** The form showing an existing activity, for the edit page. */
    public static ActivityForm of(Activity activity) {
        Activity.Place place = activity.place();
        return new ActivityForm(text(activity.title()), text(activity.description()), text(activity.category()),
                text(activity.visibility()), place == null ? "" : text(place.name()),
                place == null ? "" : text(place.address()), place == null ? "" : text(place.category()),
                TypedTimes.dateOf(activity.start()), TypedTimes.timeOf(activity.start()),
                TypedTimes.timeOf(activity.end()), number(activity.capacity()),
                number(activity.registrationClosesHoursBefore()), euros(activity.costCents()),
                text(activity.accessibility()),
                RecurrencePicker.of(Boolean.FALSE.equals(activity.recurring()) ? null : activity.recurrence(),
                        activity.start() == null ? null : activity.start().toLocalDate(), activity.exceptions()));
    }

    /** What the page can tell is wrong without the API (dates, times, numbers, the picker). */
    public List<ApiFieldError> check() {
        List<ApiFieldError> errors = new ArrayList<>();
        TypedTimes.checkDate(errors, "start", start);
        TypedTimes.checkTime(errors, "startTime", startTime, true);
        TypedTimes.checkTime(errors, "end", end, true);
        wholeNumber(errors, "capacity", capacity);
        wholeNumber(errors, "registrationClosesHoursBefore", registrationClosesHoursBefore);
        if (!cost.isBlank() && cents(cost) == null) {
            errors.add(new ApiFieldError("costCents", "not_a_number", null));
        }
        errors.addAll(picker.check(false));
        return errors;
    }

    /** The body of {@code POST /api/activities} (nothing blank sent). Call {@link #check()} first. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "title", title);
        put(body, "description", description);
        put(body, "category", category);
        put(body, "visibility", visibility);
        put(body, "place", place());
        put(body, "start", TypedTimes.at(start, startTime));
        put(body, "end", TypedTimes.at(start, end));
        put(body, "recurrence", picker.rule());
        put(body, "exceptions", picker.isRepeating() ? picker.exceptionDates() : null);
        put(body, "capacity", integer(capacity));
        put(body, "registrationClosesHoursBefore", integer(registrationClosesHoursBefore));
        put(body, "costCents", cents(cost));
        put(body, "accessibility", accessibility);
        return body;
    }

    /**
     * The body of {@code PATCH /api/activities/{id}}: only what differs from the activity as it is. An emptied
     * text clears it ({@code ""}), a series made single is {@code "recurrence": ""}; a place, a deadline or a price
     * cannot be cleared by the API, so emptying them changes nothing.
     */
    public Map<String, Object> changesFrom(ActivityForm current) {
        Map<String, Object> now = body();
        Map<String, Object> before = current.body();
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : List.of("title", "description", "category", "visibility", "place", "start", "end",
                "recurrence", "exceptions", "capacity", "registrationClosesHoursBefore", "costCents",
                "accessibility")) {
            Object value = now.get(field);
            if (Objects.equals(value, before.get(field))) {
                continue;
            }
            if (value != null) {
                changes.put(field, value);
            } else if (List.of("title", "description", "accessibility", "recurrence").contains(field)) {
                changes.put(field, "");
            } else if ("exceptions".equals(field)) {
                changes.put(field, List.of());
            }
        }
        if (changes.containsKey("recurrence") && "".equals(changes.get("recurrence"))) {
            changes.remove("exceptions"); // a single date has none
        }
        return changes;
    }

    private Map<String, Object> place() {
        if (placeName.isBlank() && placeAddress.isBlank() && placeCategory.isBlank()) {
            return null;
        }
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("name", placeName.isBlank() ? null : placeName);
        place.put("address", placeAddress.isBlank() ? null : placeAddress);
        place.put("category", placeCategory.isBlank() ? null : placeCategory);
        return place;
    }

    private static void put(Map<String, Object> body, String field, Object value) {
        if (value instanceof String text && text.isBlank()) {
            return;
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return;
        }
        if (value != null) {
            body.put(field, value);
        }
    }

    private static void wholeNumber(List<ApiFieldError> errors, String field, String value) {
        if (!value.isBlank() && integer(value) == null) {
            errors.add(new ApiFieldError(field, "not_a_number", null));
        }
    }

    private static Integer integer(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** "2,50", "2.50", "2 €" → 250; null when it is not an amount. */
    static Integer cents(String euros) {
        if (euros == null || euros.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(euros.replace("€", "").replace(',', '.').strip());
            return amount.signum() < 0 ? null : amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                    .intValueExact();
        } catch (NumberFormatException | ArithmeticException notAnAmount) {
            return null;
        }
    }

    private static String euros(Integer cents) {
        if (cents == null) {
            return "";
        }
        return cents % 100 == 0 ? Integer.toString(cents / 100)
                : BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
