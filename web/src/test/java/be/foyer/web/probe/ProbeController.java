package be.foyer.web.probe;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;

/**
 * A test-only page written the way the README tells colleagues to write theirs: reads a tenant through ApiClient,
 * and a form that posts to the API and shows its errors with FormErrors and the form fragments.
 */
@Controller
class ProbeController {

    private final ApiClient api;
    private final FormErrorMessages formErrors;

    ProbeController(ApiClient api, FormErrorMessages formErrors) {
        this.api = api;
        this.formErrors = formErrors;
    }

    @GetMapping("/probe/tenants/{id}")
    String tenant(@PathVariable String id, Model model) {
        model.addAttribute("tenant", api.get("/api/tenants/{id}", Map.class, id));
        return "probe/tenant";
    }

    @GetMapping("/probe/new")
    String form(Model model) {
        return form(model, "", "", FormErrors.NONE);
    }

    @PostMapping("/probe/new")
    String create(@RequestParam String firstName, @RequestParam String birthDate, Model model) {
        try {
            api.post("/api/tenants", Map.of("firstName", firstName, "birthDate", birthDate), Map.class);
            return "redirect:/probe/new";
        } catch (ApiProblemException refused) {
            return form(model, firstName, birthDate, formErrors.of(refused, "probe.new"));
        } catch (ServiceUnavailableException outage) {
            return form(model, firstName, birthDate, formErrors.of(outage));
        }
    }

    private static String form(Model model, String firstName, String birthDate, FormErrors errors) {
        model.addAttribute("firstName", firstName);
        model.addAttribute("birthDate", birthDate);
        model.addAttribute("errors", errors);
        return "probe/new";
    }
}
