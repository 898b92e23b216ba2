package be.foyer.reporting.monthly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import be.foyer.platform.domain.Author;
import be.foyer.reporting.Indicator;

/**
 * Every target a scope ever had, each from a month on. A month is measured against, per indicator, the entry with
 * the latest {@code from} not after it, so a change from a later month leaves the earlier months as they were.
 */
public record TargetHistory(List<Entry> entries) {

    public TargetHistory {
        entries = entries.stream().sorted(Comparator.comparing(Entry::fromOrFirst).thenComparing(Entry::indicator))
                .toList();
    }

    /** The targets applying in the month; an indicator without one is absent. */
    public Map<Indicator, Integer> at(YearMonth month) {
        Map<Indicator, Integer> targets = new EnumMap<>(Indicator.class);
        current(month).forEach((indicator, entry) -> {
            if (entry.target() != null) {
                targets.put(indicator, entry.target());
            }
        });
        return targets;
    }

    /** Per indicator, the entry applying in the month (its target may be {@code null}: none from then on). */
    public Map<Indicator, Entry> current(YearMonth month) {
        Map<Indicator, Entry> current = new EnumMap<>(Indicator.class);
        for (Entry entry : entries) {
            if (!entry.fromOrFirst().isAfter(month)) {
                current.put(entry.indicator(), entry);
            }
        }
        return current;
    }

    /**
     * @param from   the first month it applies in; {@code null}: from the first month on (configuration, or a target
     *               set before targets were dated)
     * @param target {@code null}: no target from that month on
     * @param setBy  who set it ({@link Targets#CONFIGURATION} for a programme's configured targets)
     */
    public record Entry(Indicator indicator, Integer target, YearMonth from, Author setBy, Instant setAt) {

        static final YearMonth FIRST = YearMonth.of(0, 1);

        YearMonth fromOrFirst() {
            return from == null ? FIRST : from;
        }
    }
}
