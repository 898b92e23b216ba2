package be.foyer.reporting.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * Ids asked with {@code $in} go in slices of {@value #SIZE}: the MongoDB stand-in checks each document found against
 * the whole {@code $in} list, so one query of n ids costs n² (2.4 s for the 5,000 tenants of docs/benchmarks.md).
 */
public final class IdSlices {

    public static final int SIZE = 100;

    private IdSlices() {
    }

    public static List<List<String>> of(List<String> ids) {
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SIZE) {
            slices.add(ids.subList(from, Math.min(ids.size(), from + SIZE)));
        }
        return slices;
    }
}
