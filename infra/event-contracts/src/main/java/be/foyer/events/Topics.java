package be.foyer.events;

import java.util.List;

/** The topics of the contract. Each has a dead-letter topic named {@code <topic>.DLT}. */
public final class Topics {

    public static final String TENANTS = "foyer.tenants.v1";
    public static final String HOUSING = "foyer.housing.v1";
    public static final String ACTIVITIES = "foyer.activities.v1";

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static final List<String> ALL = List.of(TENANTS, HOUSING, ACTIVITIES);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
