package be.foyer.web.council;

import static be.foyer.web.support.FormValues.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Organisations;
import be.foyer.web.support.Texts;

/**
 * The minutes of a meeting (facilitators): tenants present per organisation as numbers, the minutes text, an
 * outcome per agenda item, and "the meeting was held". Fields are named {@code present-<organisation>} and
 * {@code outcome-<agendaItemId>} on the page; the API's {@code attendance[i]}, {@code outcomes[i]} and
 * {@code status} errors are put back beside them.
 */
@Controller
class MinutesController {

    static final String FORM = "council.minutes";
    private static final Pattern ROW = Pattern.compile("^(attendance|outcomes)\\[(\\d+)\\](\\.\\w+)?$");

    private final ApiClient api;
    private final FormErrorMessages formErrors;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Texts texts;

    MinutesController(ApiClient api, FormErrorMessages formErrors, Organisations organisations,
            MessageSource messages, Texts texts) {
        this.api = api;
        this.formErrors = formErrors;
        this.organisations = organisations;
        this.messages = messages;
        this.texts = texts;
    }

    /** The minutes as typed: text, counts by organisation alias, outcomes by agenda item id, held. */
    record MinutesForm(String minutes, Map<String, String> present, Map<String, String> outcomes, boolean held) {

        static MinutesForm of(Meeting meeting) {
            Map<String, String> present = new LinkedHashMap<>();
            Organisations.ALL.forEach(alias -> {
                Integer count = meeting.presentFrom(alias);
                present.put(alias, count == null ? "" : count.toString());
            });
            Map<String, String> outcomes = new LinkedHashMap<>();
            meeting.agenda().forEach(item -> outcomes.put(item.id(), item.outcome() == null ? "" : item.outcome()));
            return new MinutesForm(meeting.minutes() == null ? "" : meeting.minutes(), present, outcomes,
                    "HELD".equals(meeting.status()));
        }
    }

    record Present(String organisation, int tenantsPresent) {
    }

    record Outcome(String agendaItemId, String outcome) {
    }

    /** The body of {@code PUT /api/council/meetings/{id}/minutes}. */
    record Minutes(String minutes, List<Present> attendance, List<Outcome> outcomes, String status) {
    }

    @GetMapping("/council/meetings/{id}/minutes")
    String form(@PathVariable String id, CurrentUser user, Model model) {
        CouncilForms.requireFacilitator(user, "/council/meetings/" + id + "/minutes");
        Meeting meeting = api.get("/api/council/meetings/{id}", Meeting.class, id);
        return page(id, meeting, MinutesForm.of(meeting), FormErrors.NONE, model);
    }

    @PostMapping("/council/meetings/{id}/minutes")
    String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        CouncilForms.requireFacilitator(user, "/council/meetings/" + id + "/minutes");
        MinutesForm form = typed(posted);
        List<String> sentOrganisations = new ArrayList<>();
        List<Present> attendance = new ArrayList<>();
        List<ApiFieldError> notNumbers = new ArrayList<>();
        form.present().forEach((alias, typed) -> {
            if (typed.isBlank()) {
                return;
            }
            Integer count = CouncilForms.count(typed);
            if (count == null) {
                notNumbers.add(new ApiFieldError("present-" + alias, null, presentMessage("not_a_number", alias)));
            } else {
                sentOrganisations.add(alias);
                attendance.add(new Present(alias, count));
            }
        });
        List<String> sentItems = new ArrayList<>(form.outcomes().keySet());
        List<Outcome> outcomes = sentItems.stream()
                .map(item -> new Outcome(item, blankToNull(form.outcomes().get(item)))).toList();
        try {
            if (!notNumbers.isEmpty()) {
                throw new ApiProblemException(400, null, notNumbers); // said on the page, nothing sent
            }
            api.put("/api/council/meetings/{id}/minutes", new Minutes(blankToNull(form.minutes()),
                    attendance, outcomes, form.held() ? "HELD" : null), Meeting.class, id);
        } catch (ApiProblemException refused) {
            return page(id, null, form, formErrors.of(onPage(refused, sentOrganisations, sentItems), FORM,
                    "council.minutes.cancelled"), model);
        } catch (ServiceUnavailableException outage) {
            return page(id, null, form, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of(form.held() ? "council.banner.held" : "council.banner.minutesSaved"),
                draftKey(id));
        return "redirect:/council/meetings/" + id;
    }

    private static MinutesForm typed(MultiValueMap<String, String> posted) {
        Map<String, String> present = new LinkedHashMap<>();
        Organisations.ALL.forEach(alias -> present.put(alias, first(posted, "present-" + alias)));
        Map<String, String> outcomes = new LinkedHashMap<>();
        posted.keySet().stream().filter(name -> name.startsWith("outcome-"))
                .forEach(name -> outcomes.put(name.substring("outcome-".length()), first(posted, name)));
        return new MinutesForm(first(posted, "minutes"), present, outcomes, "true".equals(first(posted, "held")));
    }

    private static String first(MultiValueMap<String, String> posted, String name) {
        String value = posted.getFirst(name);
        return value == null ? "" : value;
    }

    /** The API's field names turned into the page's, with messages naming the organisation or the item. */
    private ApiProblemException onPage(ApiProblemException problem, List<String> sentOrganisations,
            List<String> sentItems) {
        List<ApiFieldError> errors = new ArrayList<>();
        for (ApiFieldError error : problem.fieldErrors()) {
            Matcher row = error.field() == null ? null : ROW.matcher(error.field());
            if ("status".equals(error.field())) {
                errors.add(new ApiFieldError("held", error.code(), error.message()));
            } else if ("attendance".equals(error.field()) && !sentOrganisations.isEmpty()) {
                errors.add(new ApiFieldError("present-" + sentOrganisations.get(0), null,
                        presentMessage(error.code(), sentOrganisations.get(0))));
            } else if (row != null && row.matches() && row.group(1).equals("attendance")
                    && Integer.parseInt(row.group(2)) < sentOrganisations.size()) {
                String alias = sentOrganisations.get(Integer.parseInt(row.group(2)));
                errors.add(new ApiFieldError("present-" + alias, null, presentMessage(error.code(), alias)));
            } else if (row != null && row.matches() && Integer.parseInt(row.group(2)) < sentItems.size()) {
                errors.add(new ApiFieldError("outcome-" + sentItems.get(Integer.parseInt(row.group(2))), null,
                        labelled(error.code(), texts.of("council.minutes.outcome"))));
            } else {
                errors.add(error);
            }
        }
        return new ApiProblemException(problem.status(), problem.detail(), errors);
    }

    private String presentMessage(String code, String alias) {
        return labelled(code, texts.of("council.minutes.present", organisations.name(alias)));
    }

    private String labelled(String code, String label) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("error." + (code == null ? "invalid" : code), new Object[] {label},
                messages.getMessage("error.invalid", null, locale), locale);
    }

    private String page(String id, Meeting read, MinutesForm form, FormErrors errors, Model model) {
        Meeting meeting = read != null ? read : CouncilReads.meetingKeptOnOutage(api, id, errors);
        model.addAttribute("meetingId", id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draftKey(id));
        model.addAttribute("organisations", organisations.options());
        return "council/minutes";
    }

    static String draftKey(String meetingId) {
        return "council-minutes-" + meetingId;
    }
}
