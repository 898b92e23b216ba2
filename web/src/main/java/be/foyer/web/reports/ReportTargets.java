package be.foyer.web.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/reports/targets}: the targets applying this month and every change, past and scheduled.
 *
 * @param targets indicator → the target applying now and the month it applies from
 */
public record ReportTargets(String organisation, String programme, Map<String, Current> targets, List<Change> history) {

    public ReportTargets {
        targets = targets == null ? Map.of() : targets;
        history = history == null ? List.of() : history;
    }

    public record Current(Long target, String from) {
    }

    /** @param target null: no target from that month on */
    public record Change(String indicator, Long target, String from, String setBy, Instant setAt) {
    }

    public Long current(String indicator) {
        Current current = targets.get(indicator);
        return current == null ? null : current.target();
    }
}
