package be.foyer.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;

/**
 * The home page. People who work with case files see their caseload: the people they follow (a volunteer: those
 * assigned to them), who needs a contact, this week's appointments, the files they opened last. Facilitators and
 * the federation analyst, who see no case files, see what Foyer offers them.
 */
@Controller
class HomeController {

    private final ApiClient api;

    HomeController(ApiClient api) {
        this.api = api;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        if (!user.isSeesCaseFiles()) {
            return "home/role";
        }
        model.addAttribute("mayRegister", user.isCaseWorker());
        try {
            model.addAttribute("caseload", api.get("/api/tenants/caseload", Caseload.class));
        } catch (ServiceUnavailableException outage) {
            // the home page stays usable (search, navigation) and says what is missing
            model.addAttribute("caseloadUnavailable", true);
        }
        return "home/index";
    }
}
