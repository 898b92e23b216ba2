package be.foyer.web.calendar.activity;

/** The series as {@code GET /api/activities/{id}} gives it: what the pages show of it. */
public record Activity(String id, String organisation, String title, String description, String category,
        String visibility, Place place, boolean recurring, int capacity, Integer registrationClosesHoursBefore,
        Integer costCents, String accessibility, String status) {

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    /** "2,50" for 250 cents; null when free or not said. */
    public String cost() {
        return costCents == null || costCents == 0 ? null : String.format("%d,%02d", costCents / 100, costCents % 100);
    }

    /** Where it takes place; every part may be missing. */
    public record Place(String name, String address, String category) {
    }
}
