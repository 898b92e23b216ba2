package be.foyer.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Public: where Keycloak sends the browser back after sign-out. Clears the drafts kept in the browser. */
@Controller
class SignedOutController {

    @GetMapping("/signed-out")
    String signedOut() {
        return "pages/signed-out";
    }
}
