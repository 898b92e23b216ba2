package be.foyer.reporting.programme;

import java.util.List;
import java.util.Map;

import be.foyer.reporting.Indicator;

/**
 * A named group of member organisations with its own report and targets (e.g. {@code reaffiliation-hf}, the
 * re-affiliation project of the four Housing First projects).
 *
 * @param names   by language ({@code fr}, {@code nl}, {@code en})
 * @param lead    the member whose coordinators set the programme's targets
 * @param targets the targets of the configuration, applying from the first month on (later changes are dated)
 */
public record Programme(String id, Map<String, String> names, List<String> members, String lead,
        Map<Indicator, Integer> targets) {

    public Programme {
        names = Map.copyOf(names);
        members = List.copyOf(members);
        targets = Map.copyOf(targets);
    }

    public boolean hasMember(String organisation) {
        return organisation != null && members.contains(organisation);
    }
}
