package be.foyer.reporting.monthly;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts by category for a month, each sorted by category name. */
public record Breakdowns(Map<String, Long> followUpsByMode, Map<String, Long> followUpsByDomain,
        Map<String, Long> tenancyEndsByReason) {

    public static final String BY_MODE = "followUpsByMode";
    public static final String BY_DOMAIN = "followUpsByDomain";
    public static final String ENDS_BY_REASON = "tenancyEndsByReason";

    /** The breakdowns by their report names, in report order. */
    public Map<String, Map<String, Long>> named() {
        Map<String, Map<String, Long>> named = new LinkedHashMap<>();
        named.put(BY_MODE, followUpsByMode);
        named.put(BY_DOMAIN, followUpsByDomain);
        named.put(ENDS_BY_REASON, tenancyEndsByReason);
        return named;
    }
}
