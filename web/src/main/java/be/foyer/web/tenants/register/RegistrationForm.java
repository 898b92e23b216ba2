package be.foyer.web.tenants.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the worker typed in the registration form, exactly as typed, so that the form shows it again after an error
 * or an outage. Lists of usernames and the other languages are typed as text, separated by commas.
 * {@code seenMatches}: the ids of the possible matches the worker was shown (live, or on the confirmation step);
 * the person is registered once no other match comes up.
 */
public class RegistrationForm {

    /** Languages offered as checkboxes; others are typed. */
    static final List<String> COMMON_LANGUAGES = List.of("fr", "nl", "en", "ar", "es", "pt", "ro", "pl", "tr", "ru");

    private String firstName = "";
    private String lastName = "";
    private String preferredName = "";
    private String birthDay = "";
    private String birthMonth = "";
    private String birthYear = "";
    private String nationalRegisterNumber = "";
    private List<String> languages = new ArrayList<>();
    private String otherLanguages = "";
    private String phone = "";
    private String whatsApp = "";
    private String referentWorkers = "";
    private String assignedVolunteers = "";
    private List<String> seenMatches = new ArrayList<>();

    /** A new form: the signed-in worker is the referent until told otherwise. */
    static RegistrationForm startedBy(String username) {
        RegistrationForm form = new RegistrationForm();
        form.referentWorkers = username;
        return form;
    }

    BirthInput birth() {
        return BirthInput.of(birthDay, birthMonth, birthYear);
    }

    boolean hasAName() {
        return Stream.of(firstName, lastName, preferredName).anyMatch(name -> !name.isBlank());
    }

    /** The ticked common languages, then the typed ones. */
    List<String> allLanguages() {
        List<String> all = new ArrayList<>(languages.stream().filter(COMMON_LANGUAGES::contains).toList());
        all.addAll(split(otherLanguages));
        return all;
    }

    static List<String> split(String typed) {
        return Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = text(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = text(lastName);
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = text(preferredName);
    }

    public String getBirthDay() {
        return birthDay;
    }

    public void setBirthDay(String birthDay) {
        this.birthDay = text(birthDay);
    }

    public String getBirthMonth() {
        return birthMonth;
    }

    public void setBirthMonth(String birthMonth) {
        this.birthMonth = text(birthMonth);
    }

    public String getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(String birthYear) {
        this.birthYear = text(birthYear);
    }

    public String getNationalRegisterNumber() {
        return nationalRegisterNumber;
    }

    public void setNationalRegisterNumber(String nationalRegisterNumber) {
        this.nationalRegisterNumber = text(nationalRegisterNumber);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public String getOtherLanguages() {
        return otherLanguages;
    }

    public void setOtherLanguages(String otherLanguages) {
        this.otherLanguages = text(otherLanguages);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = text(phone);
    }

    public String getWhatsApp() {
        return whatsApp;
    }

    public void setWhatsApp(String whatsApp) {
        this.whatsApp = text(whatsApp);
    }

    public String getReferentWorkers() {
        return referentWorkers;
    }

    public void setReferentWorkers(String referentWorkers) {
        this.referentWorkers = text(referentWorkers);
    }

    public String getAssignedVolunteers() {
        return assignedVolunteers;
    }

    public void setAssignedVolunteers(String assignedVolunteers) {
        this.assignedVolunteers = text(assignedVolunteers);
    }

    public List<String> getSeenMatches() {
        return seenMatches;
    }

    public void setSeenMatches(List<String> seenMatches) {
        this.seenMatches = seenMatches == null ? new ArrayList<>() : seenMatches;
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }
}
