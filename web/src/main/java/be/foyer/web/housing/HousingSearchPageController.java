package be.foyer.web.housing;

import static be.foyer.web.support.FormValues.blankToNull;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.support.TenantNames;
import be.foyer.web.support.Person;
import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.support.Banners;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * A housing search: its steps, a form to record the next one, closing it when it is given up; and opening one for a
 * person, who is shown by name.
 */
@Controller
class HousingSearchPageController {

    static final String STEP_FORM = "housing.step";
    static final String OPEN_FORM = "housing.search.new";

    private final ApiClient api;
    private final TenantNames tenantNames;
    private final HousingChoices choices;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    HousingSearchPageController(ApiClient api, TenantNames tenantNames, HousingChoices choices,
            FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.tenantNames = tenantNames;
        this.choices = choices;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    /** The bodies of {@code POST /api/housing-searches} and {@code POST /api/housing-searches/{id}/steps}. */
    public record OpenSearch(String tenantId, String openedOn) {
    }

    public record RecordStep(String kind, String date, String detail) {
    }

    @GetMapping("/housing/searches/{id}")
    String search(@PathVariable String id, Model model) {
        return page(id, new RecordStep("", today(), ""), FormErrors.NONE, model);
    }

    @PostMapping("/housing/searches/{id}/steps")
    String recordStep(@PathVariable String id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String detail,
            Model model, RedirectAttributes redirect) {
        RecordStep step = new RecordStep(kind, date, detail);
        try {
            api.post("/api/housing-searches/{id}/steps", new RecordStep(blankToNull(kind),
                    blankToNull(date), blankToNull(detail)), Map.class, id);
        } catch (ApiProblemException refused) {
            return page(id, step, formErrors.of(refused, STEP_FORM, "housing.search.closedAlready"), model);
        } catch (ServiceUnavailableException outage) {
            return page(id, step, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("housing.banner.stepRecorded"), "housing-step-" + id);
        return "redirect:/housing/searches/" + id;
    }

    @PostMapping("/housing/searches/{id}/close")
    String close(@PathVariable String id, Model model, RedirectAttributes redirect) {
        try {
            api.post("/api/housing-searches/{id}/close", Map.of(), Map.class, id);
        } catch (ApiProblemException refused) {
            return page(id, new RecordStep("", today(), ""),
                    formErrors.of(refused, STEP_FORM, "housing.search.closedAlready"), model);
        } catch (ServiceUnavailableException outage) {
            return page(id, new RecordStep("", today(), ""), formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("housing.banner.searchClosed"));
        return "redirect:/housing/searches/" + id;
    }

    @GetMapping("/housing/searches/new")
    String openForm(@RequestParam String tenantId, Model model) {
        return openPage(tenantId, today(), FormErrors.NONE, model);
    }

    @PostMapping("/housing/searches/new")
    String open(@RequestParam String tenantId, @RequestParam(defaultValue = "") String openedOn, Model model,
            RedirectAttributes redirect) {
        HousingSearch opened;
        try {
            opened = api.post("/api/housing-searches",
                    new OpenSearch(tenantId, blankToNull(openedOn)), HousingSearch.class);
        } catch (ApiProblemException refused) {
            return openPage(tenantId, openedOn,
                    formErrors.of(refused, OPEN_FORM, "housing.search.new.alreadyOpen"), model);
        } catch (ServiceUnavailableException outage) {
            return openPage(tenantId, openedOn, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("housing.banner.searchOpened"));
        return "redirect:/housing/searches/" + opened.id();
    }

    private String page(String id, RecordStep step, FormErrors errors, Model model) {
        HousingSearch search;
        try {
            search = api.get("/api/housing-searches/{id}", HousingSearch.class, id);
        } catch (ServiceUnavailableException outage) {
            if (errors.isEmpty()) {
                throw outage;
            }
            search = null; // housing-service went down while posting: the form stays, with what was typed
        }
        model.addAttribute("searchId", id);
        model.addAttribute("search", search);
        model.addAttribute("names", tenantNames.of(search == null ? List.of() : List.of(search.tenantId())));
        model.addAttribute("step", step);
        model.addAttribute("kinds", choices.stepKinds());
        model.addAttribute("today", today());
        model.addAttribute("errors", errors);
        return "housing/search";
    }

    private String openPage(String tenantId, String openedOn, FormErrors errors, Model model) {
        model.addAttribute("person", api.get("/api/tenants/{id}", Person.class, tenantId));
        model.addAttribute("openedOn", openedOn);
        model.addAttribute("today", today());
        model.addAttribute("errors", errors);
        return "housing/search-new";
    }

    private static String today() {
        return LocalDate.now(BrusselsTime.ZONE).toString();
    }
}
