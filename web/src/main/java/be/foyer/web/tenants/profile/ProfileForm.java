package be.foyer.web.tenants.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The "edit the personal details" form, every field as typed. Lists (languages, usernames) are typed separated by
 * commas. {@link #changesFrom} makes the PATCH body: only what differs from the file, {@code ""} or {@code []} to
 * clear an optional field, as the API documents.
 */
public class ProfileForm {

    private String firstName;
    private String lastName;
    private String preferredName;
    private String birthDate;
    private String birthYear;
    private String languages;
    private String phone;
    private String whatsApp;
    private String adults;
    private String children;
    private String referentWorkers;
    private String assignedVolunteers;
    private String nationalRegisterNumber;
    private String status;

    static ProfileForm of(Profile profile) {
        ProfileForm form = new ProfileForm();
        form.firstName = profile.firstName();
        form.lastName = profile.lastName();
        form.preferredName = profile.preferredName();
        form.birthDate = profile.birthDate() == null ? null : profile.birthDate().toString();
        form.birthYear = profile.birthYear() == null ? null : profile.birthYear().toString();
        form.languages = String.join(", ", Profile.orEmpty(profile.languages()));
        form.phone = profile.phone();
        form.whatsApp = profile.whatsApp();
        form.adults = profile.household() == null ? null : String.valueOf(profile.household().adults());
        form.children = profile.household() == null ? null : String.valueOf(profile.household().children());
        form.referentWorkers = String.join(", ", Profile.orEmpty(profile.referentWorkers()));
        form.assignedVolunteers = String.join(", ", Profile.orEmpty(profile.assignedVolunteers()));
        form.nationalRegisterNumber = profile.nationalRegisterNumber();
        form.status = profile.status();
        return form;
    }

    /**
     * The fields to PATCH, with faults the API cannot be told about: a birth date, birth year or household it
     * cannot clear once given, and numbers that are not numbers (field → error code).
     */
    Changes changesFrom(Profile file) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> faults = new LinkedHashMap<>();
        text(body, "firstName", firstName, file.firstName());
        text(body, "lastName", lastName, file.lastName());
        text(body, "preferredName", preferredName, file.preferredName());
        text(body, "phone", phone, file.phone());
        text(body, "whatsApp", whatsApp, file.whatsApp());
        text(body, "nationalRegisterNumber", nationalRegisterNumber, file.nationalRegisterNumber());
        list(body, "languages", languages, file.languages(), true);
        list(body, "referentWorkers", referentWorkers, file.referentWorkers(), false);
        list(body, "assignedVolunteers", assignedVolunteers, file.assignedVolunteers(), false);
        String date = strip(birthDate);
        String previousDate = file.birthDate() == null ? "" : file.birthDate().toString();
        if (!date.equals(previousDate)) {
            if (date.isEmpty()) {
                faults.put("birthDate", "cannot_clear");
            } else {
                body.put("birthDate", date);
            }
        }
        number(body, faults, "birthYear", birthYear, file.birthYear());
        household(body, faults, file.household());
        if (!strip(status).isEmpty() && !strip(status).equals(file.status())) {
            body.put("status", strip(status));
        }
        return new Changes(body, faults);
    }

    record Changes(Map<String, Object> body, Map<String, String> faults) {
    }

    private void household(Map<String, Object> body, Map<String, String> faults, Profile.Household previous) {
        String typedAdults = strip(adults);
        String typedChildren = strip(children);
        if (typedAdults.isEmpty() && typedChildren.isEmpty()) {
            if (previous != null) {
                faults.put("adults", "cannot_clear");
            }
            return;
        }
        Integer newAdults = parse(typedAdults.isEmpty() ? "1" : typedAdults);
        Integer newChildren = parse(typedChildren.isEmpty() ? "0" : typedChildren);
        if (newAdults == null) {
            faults.put("adults", "not_a_number");
        }
        if (newChildren == null) {
            faults.put("children", "not_a_number");
        }
        if (newAdults != null && newChildren != null && (previous == null
                || previous.adults() != newAdults || previous.children() != newChildren)) {
            body.put("household", Map.of("adults", newAdults, "children", newChildren));
        }
    }

    private static void number(Map<String, Object> body, Map<String, String> faults, String field, String typed,
            Integer previous) {
        String value = strip(typed);
        if (value.isEmpty()) {
            if (previous != null) {
                faults.put(field, "cannot_clear");
            }
            return;
        }
        Integer number = parse(value);
        if (number == null) {
            faults.put(field, "not_a_number");
        } else if (!number.equals(previous)) {
            body.put(field, number);
        }
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void text(Map<String, Object> body, String field, String typed, String previous) {
        String value = strip(typed);
        if (!value.equals(previous == null ? "" : previous)) {
            body.put(field, value);
        }
    }

    private static void list(Map<String, Object> body, String field, String typed, List<String> previous,
            boolean lowerCase) {
        List<String> values = new ArrayList<>();
        Arrays.stream(strip(typed).split("[,;\\s]+")).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> lowerCase ? value.toLowerCase(Locale.ROOT) : value)
                .filter(value -> !values.contains(value)).forEach(values::add);
        if (!Objects.equals(values, Profile.orEmpty(previous))) {
            body.put(field, values);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(String birthYear) {
        this.birthYear = birthYear;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWhatsApp() {
        return whatsApp;
    }

    public void setWhatsApp(String whatsApp) {
        this.whatsApp = whatsApp;
    }

    public String getAdults() {
        return adults;
    }

    public void setAdults(String adults) {
        this.adults = adults;
    }

    public String getChildren() {
        return children;
    }

    public void setChildren(String children) {
        this.children = children;
    }

    public String getReferentWorkers() {
        return referentWorkers;
    }

    public void setReferentWorkers(String referentWorkers) {
        this.referentWorkers = referentWorkers;
    }

    public String getAssignedVolunteers() {
        return assignedVolunteers;
    }

    public void setAssignedVolunteers(String assignedVolunteers) {
        this.assignedVolunteers = assignedVolunteers;
    }

    public String getNationalRegisterNumber() {
        return nationalRegisterNumber;
    }

    public void setNationalRegisterNumber(String nationalRegisterNumber) {
        this.nationalRegisterNumber = nationalRegisterNumber;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
