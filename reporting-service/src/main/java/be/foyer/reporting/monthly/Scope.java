package be.foyer.reporting.monthly;

import be.foyer.reporting.Indicator;

import java.util.List;
import java.util.Map;

import be.foyer.platform.security.Organisations;
import be.foyer.reporting.programme.Programme;

/**
 * What a report covers: one organisation, a programme's members, or the federation (the six members).
 *
 * @param baselineTargets the targets that apply from the first month on, before any dated change (a programme's
 *                        configuration; none for an organisation or the federation)
 */
public record Scope(Kind kind, String id, List<String> organisations, Map<Indicator, Integer> baselineTargets) {

    public static final String FEDERATION = "federation";

    public enum Kind { ORGANISATION, PROGRAMME, FEDERATION }

    public Scope {
        organisations = List.copyOf(organisations);
        baselineTargets = Map.copyOf(baselineTargets);
    }

    public static Scope organisation(String organisation) {
        return new Scope(Kind.ORGANISATION, organisation, List.of(organisation), Map.of());
    }

    public static Scope programme(Programme programme) {
        return new Scope(Kind.PROGRAMME, programme.id(), programme.members(), programme.targets());
    }

    public static Scope federation() {
        return new Scope(Kind.FEDERATION, FEDERATION, Organisations.ALL, Map.of());
    }

    /** Whether figures gather several organisations, so people count once by federation key and are suppressed. */
    public boolean crossOrganisation() {
        return kind != Kind.ORGANISATION;
    }

    /** The name targets are stored under, e.g. {@code programme:reaffiliation-hf}. */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
