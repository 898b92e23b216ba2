package be.foyer.web.tenants.followups;

import java.util.List;

/** The values tenant-service accepts for a follow-up's enums, in the order forms offer them. */
final class FollowUpValues {

    static final List<String> MODES = List.of("HOME_VISIT", "OFFICE", "PHONE", "WHATSAPP", "STREET", "ACCOMPANIMENT");
    static final List<String> DOMAINS = List.of("HEALTH", "HOUSING", "EMPLOYMENT", "ENERGY", "DIGITAL", "CULTURE",
            "HOLIDAYS", "DIY", "FAMILY", "MOBILITY", "RIGHTS", "BUDGET");
    static final List<String> PLACE_CATEGORIES = List.of("HEALTH", "ADMINISTRATION", "HOUSING", "CULTURE", "NATURE",
            "SPORT", "FAMILY", "TRAINING");
    static final List<String> STATUSES = List.of("PLANNED", "DONE", "MISSED", "CANCELLED", "WITHDRAWN");
    /** What an appointment may become from the file's list of upcoming ones. */
    static final List<String> APPOINTMENT_OUTCOMES = List.of("DONE", "MISSED", "CANCELLED");

    static final String ACCOMPANIMENT = "ACCOMPANIMENT";
    static final String PLANNED = "PLANNED";
    static final String DONE = "DONE";

    private FollowUpValues() {
    }
}
