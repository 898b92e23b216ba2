package be.foyer.reporting.monthly.targets.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.security.Caller;
import be.foyer.reporting.monthly.Indicator;
import be.foyer.reporting.monthly.targets.Targets;

/** The caller's own organisation's monthly targets: staff and coordinators read them, coordinators change them. */
@RestController
@RequestMapping("/api/reports/targets")
public class TargetsController {

    /** Above this a target is surely a typing error. */
    static final int HIGHEST_TARGET = 100_000;

    private final Targets targets;

    public TargetsController(Targets targets) {
        this.targets = targets;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('staff', 'coordinator')")
    public TargetsView targets(Caller caller) {
        String organisation = caller.requireOrganisation();
        return TargetsView.of(organisation, targets.of(organisation));
    }

    /**
     * Changes the targets named in the body, e.g. {@code {"tenantsMetIndividually": 25, "distinctPlaces": null}};
     * {@code null} goes back to the contract's default, indicators not named keep theirs. Nothing changes unless
     * every entry is valid.
     */
    @PutMapping
    @PreAuthorize("hasRole('coordinator')")
    public TargetsView change(Caller caller, @RequestBody Map<String, Object> body) {
        String organisation = caller.requireOrganisation();
        Map<Indicator, Integer> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            String field = entry.getKey();
            Indicator indicator = Indicator.byKey(field.strip()).orElseThrow(() -> BadRequestException.onField(field, FieldErrorCode.NOT_ALLOWED,
                    "is not an indicator; targets exist for " + Arrays.stream(Indicator.values())
                            .map(Indicator::key).collect(Collectors.joining(", "))));
            changes.put(indicator, target(field, entry.getValue()).orElse(null));
        }
        targets.change(organisation, changes);
        return TargetsView.of(organisation, targets.of(organisation));
    }

    private static Optional<Integer> target(String field, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            throw BadRequestException.onField(field, FieldErrorCode.NOT_A_NUMBER, "must be a whole number from 0 to " + HIGHEST_TARGET
                    + ", or null for the default");
        }
        long target = ((Number) value).longValue();
        if (target < 0) {
            throw BadRequestException.onField(field, FieldErrorCode.TOO_SMALL, "cannot be negative");
        }
        if (target > HIGHEST_TARGET) {
            throw BadRequestException.onField(field, FieldErrorCode.TOO_LARGE, "cannot be more than " + HIGHEST_TARGET);
        }
        return Optional.of((int) target);
    }

    public record TargetsView(String organisation, Map<String, TargetView> targets) {

        static TargetsView of(String organisation, Map<Indicator, Integer> targets) {
            Map<String, TargetView> byKey = new LinkedHashMap<>();
            targets.forEach((indicator, target) ->
                    byKey.put(indicator.key(), new TargetView(target, indicator.defaultTarget())));
            return new TargetsView(organisation, byKey);
        }
    }

    /** @param target {@code null}: the indicator is reported without a target */
    public record TargetView(Integer target, Integer defaultTarget) {
    }
}
