package be.foyer.reporting.monthly;

import org.springframework.stereotype.Component;

/**
 * The monthly target of each indicator for an organisation. For now the contract's defaults; this is where the
 * targets each organisation's coordinator sets will be looked up.
 */
@Component
public class Targets {

    /** The target, or {@code null} when the indicator has none. */
    public Integer of(String organisation, Indicator indicator) {
        return indicator.defaultTarget();
    }
}
