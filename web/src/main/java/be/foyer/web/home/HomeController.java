package be.foyer.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import be.foyer.web.security.CurrentUser;

/**
 * The home page. People who work with case files see their caseload (placeholder for now); facilitators and the
 * federation analyst, who see no case files, see what Foyer offers them.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(CurrentUser user) {
        return user.isSeesCaseFiles() ? "home/index" : "home/role";
    }
}
