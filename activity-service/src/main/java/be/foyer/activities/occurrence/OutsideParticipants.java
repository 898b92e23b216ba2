package be.foyer.activities.occurrence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many people who are not tenants came to an occurrence, by kind: numbers only. They take part in the
 * occurrence's figures, never as registrations nor as tenants.
 *
 * @param counts every kind with its number (0 when none came)
 */
public record OutsideParticipants(Map<OutsideKind, Integer> counts) {

    public static final int MAX_PER_KIND = 500;

    public OutsideParticipants {
        EnumMap<OutsideKind, Integer> all = new EnumMap<>(OutsideKind.class);
        for (OutsideKind kind : OutsideKind.values()) {
            Integer count = counts == null ? null : counts.get(kind);
            all.put(kind, count == null ? 0 : count);
        }
        counts = Collections.unmodifiableMap(all);
    }

    public static OutsideParticipants none() {
        return new OutsideParticipants(Map.of());
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
