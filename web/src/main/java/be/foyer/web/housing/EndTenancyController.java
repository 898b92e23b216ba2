package be.foyer.web.housing;

import static be.foyer.web.support.FormValues.blankToNull;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.support.TenantNames;
import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.support.Banners;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/** Ending a tenancy once the person has left: the end date and why, each reason explained. */
@Controller
class EndTenancyController {

    static final String FORM = "housing.end";

    private final ApiClient api;
    private final TenantNames tenantNames;
    private final HousingChoices choices;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    EndTenancyController(ApiClient api, TenantNames tenantNames, HousingChoices choices,
            FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.tenantNames = tenantNames;
        this.choices = choices;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    /** The body of {@code POST /api/tenancies/{id}/end}. */
    public record EndTenancy(String endDate, String reason) {
    }

    @GetMapping("/housing/tenancies/{id}/end")
    String form(@PathVariable String id, Model model) {
        return page(id, LocalDate.now(BrusselsTime.ZONE).toString(), "", FormErrors.NONE, model);
    }

    @PostMapping("/housing/tenancies/{id}/end")
    String end(@PathVariable String id, @RequestParam(defaultValue = "") String endDate,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        Tenancy ended;
        try {
            ended = api.post("/api/tenancies/{id}/end", new EndTenancy(blankToNull(endDate),
                    blankToNull(reason)), Tenancy.class, id);
        } catch (ApiProblemException refused) {
            return page(id, endDate, reason,
                    formErrors.of(refused, FORM, "housing.end.alreadyEnded"), model);
        } catch (ServiceUnavailableException outage) {
            return page(id, endDate, reason, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("housing.banner.ended"));
        return "redirect:/housing/dwellings/" + ended.dwellingId();
    }

    private String page(String id, String endDate, String reason, FormErrors errors, Model model) {
        Tenancy tenancy;
        try {
            tenancy = api.get("/api/tenancies/{id}", Tenancy.class, id);
        } catch (ServiceUnavailableException outage) {
            if (errors.isEmpty()) {
                throw outage;
            }
            tenancy = null; // housing-service went down while posting: the form stays, with what was typed
        }
        model.addAttribute("tenancyId", id);
        model.addAttribute("tenancy", tenancy);
        model.addAttribute("names", tenantNames.of(tenancy == null ? List.of() : List.of(tenancy.tenantId())));
        model.addAttribute("endDate", endDate);
        model.addAttribute("reason", reason);
        model.addAttribute("reasons", choices.endReasons());
        model.addAttribute("today", LocalDate.now(BrusselsTime.ZONE).toString());
        model.addAttribute("errors", errors);
        return "housing/end";
    }
}
