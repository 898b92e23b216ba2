package be.foyer.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Placeholders until their features arrive; each feature replaces its mapping with its own controller. */
@Controller
class ComingSoonController {

    @GetMapping("/reports")
    String reports(Model model) {
        return comingSoon(model, "reports");
    }

    private static String comingSoon(Model model, String section) {
        model.addAttribute("section", section);
        return "pages/coming-soon";
    }
}
