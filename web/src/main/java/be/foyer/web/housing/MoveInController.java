package be.foyer.web.housing;

import static be.foyer.web.support.FormValues.blankToNull;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.support.Person;
import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.Banners;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * Moving someone into a dwelling. The person is picked by name among the worker's own tenants: a search field
 * (htmx suggestions as one types; without JavaScript its button reloads the page with the results), then one radio
 * per person. Refusals come back beside the field to change: the dwelling (full, out of service), the room (taken),
 * the move-in date (the person lives elsewhere then).
 */
@Controller
class MoveInController {

    static final String FORM = "housing.moveIn";
    private static final int SUGGESTIONS = 20;
    private static final ParameterizedTypeReference<ApiList<Person>> PEOPLE = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    MoveInController(ApiClient api, FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    /** What the form holds; dates as typed (YYYY-MM-DD from the date picker), blank when not given. */
    public record MoveInForm(String tenantId, String q, String room, String moveInDate, String plannedEnd) {
    }

    /** The body of {@code POST /api/tenancies}. */
    public record StartTenancy(String tenantId, String dwellingId, String room, String moveInDate,
            String plannedEnd) {
    }

    public record Candidates(List<Person> people, boolean available) {
    }

    @GetMapping("/housing/dwellings/{id}/move-in")
    String form(@PathVariable String id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String tenantId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        MoveInForm form = new MoveInForm(blankToNull(tenantId), q == null ? "" : q.strip(), "",
                LocalDate.now(BrusselsTime.ZONE).toString(), "");
        if (htmx != null) {
            model.addAttribute("form", form);
            model.addAttribute("candidates", candidates(form.q(), form.tenantId()));
            model.addAttribute("errors", FormErrors.NONE);
            return "housing/move-in :: people";
        }
        return page(id, form, FormErrors.NONE, model);
    }

    @PostMapping("/housing/dwellings/{id}/move-in")
    String moveIn(@PathVariable String id, @RequestParam(required = false) String tenantId,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String room,
            @RequestParam(defaultValue = "") String moveInDate, @RequestParam(defaultValue = "") String plannedEnd,
            Model model, RedirectAttributes redirect) {
        MoveInForm form = new MoveInForm(blankToNull(tenantId), q.strip(), room.strip(), moveInDate.strip(),
                plannedEnd.strip());
        try {
            api.post("/api/tenancies", new StartTenancy(form.tenantId(), id, blankToNull(form.room()),
                    blankToNull(form.moveInDate()), blankToNull(form.plannedEnd())), Tenancy.class);
        } catch (ApiProblemException refused) {
            Dwelling dwelling = api.get("/api/dwellings/{id}", Dwelling.class, id);
            return page(id, dwelling, form, formErrors.of(explained(refused, dwelling), FORM), model);
        } catch (ServiceUnavailableException outage) {
            return page(id, form, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("housing.banner.movedIn"));
        return "redirect:/housing/dwellings/" + id;
    }

    private String page(String dwellingId, MoveInForm form, FormErrors errors, Model model) {
        Dwelling dwelling;
        try {
            dwelling = api.get("/api/dwellings/{id}", Dwelling.class, dwellingId);
        } catch (ServiceUnavailableException outage) {
            if (errors.isEmpty()) {
                throw outage;
            }
            dwelling = null; // housing-service went down while posting: the form stays, with what was typed
        }
        return page(dwellingId, dwelling, form, errors, model);
    }

    private String page(String dwellingId, Dwelling dwelling, MoveInForm form, FormErrors errors, Model model) {
        model.addAttribute("dwellingId", dwellingId);
        model.addAttribute("dwelling", dwelling);
        model.addAttribute("form", form);
        model.addAttribute("candidates", candidates(form.q(), form.tenantId()));
        model.addAttribute("errors", errors);
        return "housing/move-in";
    }

    /**
     * The worker's tenants matching the search (the first page of them without one), with the person already picked
     * kept in the list. Without tenant-service the form says names are unavailable.
     */
    private Candidates candidates(String q, String picked) {
        try {
            List<Person> people = new ArrayList<>(q == null || q.isBlank()
                    ? api.get("/api/tenants?size={size}", PEOPLE, SUGGESTIONS).items()
                    : api.get("/api/tenants?q={q}&size={size}", PEOPLE, q, SUGGESTIONS).items());
            if (picked != null && people.stream().noneMatch(person -> picked.equals(person.id()))) {
                people.addAll(0, api.get("/api/tenants?ids={ids}", PEOPLE, picked).items());
            }
            return new Candidates(people, true);
        } catch (ServiceUnavailableException outage) {
            return new Candidates(List.of(), false);
        }
    }

    /**
     * A dwelling that takes no tenancy is refused on {@code dwellingId} with the same code as a full one: the page
     * knows which from the dwelling's status, and says so (code {@code out_of_service}).
     */
    private static ApiProblemException explained(ApiProblemException refused, Dwelling dwelling) {
        if (!dwelling.isOutOfService()) {
            return refused;
        }
        List<ApiFieldError> errors = refused.fieldErrors().stream()
                .map(error -> "dwellingId".equals(error.field()) && "conflicting".equals(error.code())
                        ? new ApiFieldError(error.field(), "out_of_service", error.message()) : error)
                .toList();
        return new ApiProblemException(refused.status(), refused.detail(), errors);
    }
}
