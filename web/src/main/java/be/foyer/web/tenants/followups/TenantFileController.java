package be.foyer.web.tenants.followups;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;
import be.foyer.web.tenants.file.FileHeaders;
import be.foyer.web.tenants.file.FileSection;

/**
 * The tenant's file, {@code /tenants/{id}}: its header, the upcoming appointments, the timeline of follow-ups
 * (filtered; an htmx request aimed at {@code #timeline} gets only the timeline) and the quick entry of a follow-up or
 * an appointment, which posts to {@code /tenants/{id}/follow-ups} and comes back here (PRG) with a success banner.
 */
@Controller
@RequestMapping("/tenants/{tenantId}")
class TenantFileController {

    /** The prefix of the follow-up forms' message keys (labels and error texts). */
    static final String FORM = "tenantfile.followup";

    private final ApiClient api;
    private final FileHeaders headers;
    private final FollowUpChoices choices;
    private final Places places;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    TenantFileController(ApiClient api, FileHeaders headers, FollowUpChoices choices, Places places,
            FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.headers = headers;
        this.choices = choices;
        this.places = places;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    @GetMapping
    String file(@PathVariable String tenantId, @ModelAttribute("filter") TimelineFilter filter, CurrentUser user,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model) {
        if ("timeline".equals(htmxTarget)) {
            addTimeline(model, tenantId, filter);
            return "tenants/followups/file :: timeline";
        }
        headers.addTo(model, user, tenantId, FileSection.FOLLOW_UPS);
        addTimeline(model, tenantId, filter);
        model.addAttribute("upcoming", upcoming(tenantId));
        addForm(model, user, tenantId, FollowUpForm.quickEntry(today()), FormErrors.NONE);
        return "tenants/followups/file";
    }

    @PostMapping("/follow-ups")
    String record(@PathVariable String tenantId, @ModelAttribute FollowUpForm form, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        FormErrors errors;
        try {
            ApiProblemException notANumber = form.durationNotANumber();
            if (notANumber != null) {
                throw notANumber;
            }
            FollowUpForm complete = withKnownPlaceCategory(form);
            api.post("/api/tenants/{id}/follow-ups", complete.newFollowUpBody(today(), mayWriteHealthNote(user)),
                    Void.class, tenantId);
            Banners.success(redirect, texts.of(form.isAppointment()
                    ? "tenantfile.followup.planned" : "tenantfile.followup.saved"), draftKey(tenantId));
            return "redirect:/tenants/" + tenantId;
        } catch (ApiProblemException refused) {
            errors = formErrors.of(FollowUpForm.inFormTerms(refused), FORM);
        } catch (ServiceUnavailableException outage) {
            errors = formErrors.of(outage);
        }
        return refused(model, user, tenantId, form, errors);
    }

    /** Suggestions for the place of an accompaniment, as {@code <option>}s of the form's datalist (htmx). */
    @GetMapping("/follow-ups/places")
    String placeSuggestions(@RequestParam(name = "placeName", required = false) String typed, Model model) {
        model.addAttribute("places", places.suggested(typed));
        return "tenants/followups/places :: options";
    }

    /**
     * The page again with what was typed and why it was not saved. When tenant-service is down the file cannot be
     * read either: the form alone is shown, still filled, so that nothing typed is lost.
     */
    private String refused(Model model, CurrentUser user, String tenantId, FollowUpForm form, FormErrors errors) {
        TimelineFilter noFilter = TimelineFilter.NONE;
        model.addAttribute("filter", noFilter);
        addForm(model, user, tenantId, form, errors);
        try {
            headers.addTo(model, user, tenantId, FileSection.FOLLOW_UPS);
            addTimeline(model, tenantId, noFilter);
            model.addAttribute("upcoming", upcoming(tenantId));
        } catch (ServiceUnavailableException outage) {
            model.addAttribute("file", null);
        }
        return "tenants/followups/file";
    }

    private void addTimeline(Model model, String tenantId, TimelineFilter filter) {
        model.addAttribute("tenantId", tenantId);
        model.addAttribute("modes", choices.modes());
        model.addAttribute("domains", choices.domains());
        model.addAttribute("statuses", choices.statuses());
        TimelineFilter.ApiQuery query = filter.apiQuery(tenantId);
        try {
            model.addAttribute("timeline", api.get(query.path(), FollowUpList.class, query.values()));
            model.addAttribute("filterErrors", FormErrors.NONE);
        } catch (ApiProblemException badFilter) {
            model.addAttribute("timeline", FollowUpList.EMPTY);
            model.addAttribute("filterErrors", formErrors.of(badFilter, "tenantfile.filter"));
        }
    }

    /** Planned appointments, soonest first (those whose day has passed still wait to be marked). */
    private List<FollowUp> upcoming(String tenantId) {
        FollowUpList planned = api.get("/api/tenants/{id}/follow-ups?status=PLANNED&page=0&size=50",
                FollowUpList.class, tenantId);
        return planned.entries().stream()
                .sorted(Comparator.comparing(FollowUp::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FollowUp::time, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private void addForm(Model model, CurrentUser user, String tenantId, FollowUpForm form, FormErrors errors) {
        model.addAttribute("tenantId", tenantId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today().toString());
        model.addAttribute("mayWriteHealthNote", mayWriteHealthNote(user));
        model.addAttribute("draftKey", draftKey(tenantId));
        model.addAttribute("modes", choices.modes());
        model.addAttribute("domains", choices.domains());
        model.addAttribute("placeCategories", choices.placeCategories());
    }

    private FollowUpForm withKnownPlaceCategory(FollowUpForm form) {
        if (!form.isAccompaniment() || FollowUpForm.isBlank(form.placeName())
                || !FollowUpForm.isBlank(form.placeCategory())) {
            return form;
        }
        return places.categoryOf(form.placeName()).map(form::withPlaceCategory).orElse(form);
    }


    static boolean mayWriteHealthNote(CurrentUser user) {
        return user.isCaseWorker();
    }

    static String draftKey(String tenantId) {
        return "followup-" + tenantId;
    }

    static LocalDate today() {
        return LocalDate.now(BrusselsTime.ZONE);
    }
}
