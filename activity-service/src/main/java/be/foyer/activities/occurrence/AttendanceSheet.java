package be.foyer.activities.occurrence;

import java.util.List;

/**
 * What the organiser notes after an occurrence: registrations present or absent, known tenants who came without a
 * place, and how many outside participants came by kind.
 *
 * @param occurrenceId may be {@code null} for a one-off activity
 * @param walkIns      tenant ids
 * @param outside      {@code null} leaves the stored counts as they are
 */
public record AttendanceSheet(String occurrenceId, List<String> present, List<String> absent, List<String> walkIns,
        OutsideParticipants outside) {

    public AttendanceSheet {
        present = present == null ? List.of() : List.copyOf(present);
        absent = absent == null ? List.of() : List.copyOf(absent);
        walkIns = walkIns == null ? List.of() : List.copyOf(walkIns);
    }

    /** Someone present or absent, a walk-in or outside participants: an empty sheet notes nothing. */
    public boolean notesSomething() {
        return !present.isEmpty() || !absent.isEmpty() || !walkIns.isEmpty() || outside != null;
    }
}
