package be.foyer.reporting.programme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import be.foyer.platform.security.Organisations;
import be.foyer.reporting.Indicator;

/**
 * The programmes declared in configuration ({@code foyer.reporting.programmes.<id>}). A mistake there (a member
 * that is not one of the organisations, a lead outside the members, an unknown indicator) stops the start-up rather
 * than giving a wrong report.
 */
@Component
@EnableConfigurationProperties(Programmes.Declared.class)
public class Programmes {

    private final Map<String, Programme> byId = new LinkedHashMap<>();

    public Programmes(Declared declared) {
        declared.programmes().forEach((id, programme) -> byId.put(id, programme.toProgramme(id)));
    }

    public List<Programme> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<Programme> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    @ConfigurationProperties("foyer.reporting")
    public record Declared(Map<String, DeclaredProgramme> programmes) {

        public Declared {
            programmes = programmes == null ? Map.of() : new LinkedHashMap<>(programmes);
        }
    }

    public record DeclaredProgramme(Map<String, String> names, List<String> members, String lead,
            Map<String, Integer> targets) {

        Programme toProgramme(String id) {
            List<String> memberList = members == null ? List.of() : members;
            for (String member : memberList) {
                if (!Organisations.isKnown(member)) {
                    throw new IllegalStateException("programme " + id + ": " + member + " is not a member organisation");
                }
            }
            if (lead == null || !memberList.contains(lead)) {
                throw new IllegalStateException("programme " + id + ": the lead must be one of its members");
            }
            Map<Indicator, Integer> byIndicator = new EnumMap<>(Indicator.class);
            (targets == null ? Map.<String, Integer>of() : targets).forEach((key, target) -> byIndicator.put(
                    Indicator.byKey(key).orElseThrow(() -> new IllegalStateException(
                            "programme " + id + ": " + key + " is not an indicator (" + Indicator.keys() + ")")),
                    target));
            return new Programme(id, names == null ? Map.of() : names, memberList, lead, byIndicator);
        }
    }
}
