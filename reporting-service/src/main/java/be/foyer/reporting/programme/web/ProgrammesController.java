package be.foyer.reporting.programme.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.reporting.programme.Programme;
import be.foyer.reporting.programme.ProgrammeAccess;
import be.foyer.reporting.programme.Programmes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/reports/programmes}: the programmes whose report the caller may read. */
@Tag(name = "Reports", description = "Monthly, annual, trend, retention and federation figures, and their targets.")
@RestController
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'facilitator', 'federation-analyst')")
public class ProgrammesController {

    private final Programmes programmes;
    private final ProgrammeAccess access;

    public ProgrammesController(Programmes programmes, ProgrammeAccess access) {
        this.programmes = programmes;
        this.access = access;
    }

    @Operation(summary = "List the programmes the caller may report on")
    @GetMapping("/api/reports/programmes")
    public ProgrammeList programmes(Caller caller) {
        return new ProgrammeList(programmes.all().stream().filter(programme -> access.mayRead(caller, programme))
                .map(ProgrammeView::of).toList());
    }

    public record ProgrammeList(List<ProgrammeView> items) {
    }

    public record ProgrammeView(String id, Map<String, String> name, List<String> members, String lead) {

        static ProgrammeView of(Programme programme) {
            return new ProgrammeView(programme.id(), programme.names(), programme.members(), programme.lead());
        }
    }
}
