package be.foyer.web.reports;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Organisations;
import be.foyer.web.support.Texts;

/**
 * {@code /reports/targets} (coordinators, their organisation) and {@code /reports/programmes/{id}/targets} (a
 * programme's readers see it; the coordinators of its lead organisation set them, {@code ?programme=} on the API):
 * the targets from a month on (next month by default;
 * past months keep theirs) and every change. The form holds a value per indicator, pre-filled with the target
 * applying now; only the values that differ from it are sent ({@code PUT /api/reports/targets}), an emptied one as
 * null (no target from that month on). Fields are named as the API's ({@code from}, {@code targets.<indicator>}).
 */
@Controller
class TargetsController {

    static final String FORM = "reports.targets.form";
    private static final String PREFIX = "targets.";
    private static final long MAX = 100_000;

    private final ApiClient api;
    private final ReadableProgrammes programmes;
    private final Organisations organisations;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    TargetsController(ApiClient api, ReadableProgrammes programmes, Organisations organisations,
            FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.programmes = programmes;
        this.organisations = organisations;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    @GetMapping("/reports/targets")
    String page(CurrentUser user, Model model) {
        ReportAccess.requireCoordinator(user, "/reports/targets");
        return form(TargetsScope.organisation(user.organisation(), organisations), model);
    }

    @GetMapping("/reports/programmes/{id}/targets")
    String programmePage(@PathVariable String id, CurrentUser user, Model model) {
        return form(programme(id, user), model);
    }

    @PostMapping("/reports/targets")
    String save(@RequestParam Map<String, String> posted, CurrentUser user, Model model, RedirectAttributes redirect) {
        ReportAccess.requireCoordinator(user, "/reports/targets");
        return save(TargetsScope.organisation(user.organisation(), organisations), posted, model, redirect);
    }

    @PostMapping("/reports/programmes/{id}/targets")
    String saveProgramme(@PathVariable String id, @RequestParam Map<String, String> posted, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        TargetsScope scope = programme(id, user);
        if (!scope.mayEdit()) {
            throw new ForbiddenException(scope.page());
        }
        return save(scope, posted, model, redirect);
    }

    /** A programme's readers see its targets; the coordinators of its lead organisation set them. */
    private TargetsScope programme(String id, CurrentUser user) {
        Programmes.Programme programme = programmes.find(id, "/reports/programmes/" + id + "/targets");
        boolean leadCoordinator = user.has("coordinator") && programme.lead() != null
                && programme.lead().equals(user.organisation());
        return TargetsScope.programme(programme, leadCoordinator);
    }

    private String form(TargetsScope scope, Model model) {
        ReportTargets targets = api.get(scope.api(), ReportTargets.class, scope.apiVariables());
        Map<String, String> values = new LinkedHashMap<>();
        for (String indicator : Indicators.WITH_TARGETS) {
            Long current = targets.current(indicator);
            values.put(indicator, current == null ? "" : current.toString());
        }
        return page(model, scope, targets, Months.current().plusMonths(1).toString(), values, FormErrors.NONE);
    }

    private String save(TargetsScope scope, Map<String, String> posted, Model model, RedirectAttributes redirect) {
        String from = posted.getOrDefault("from", "").strip();
        Map<String, String> values = new LinkedHashMap<>();
        Indicators.WITH_TARGETS.forEach(indicator -> values.put(indicator,
                posted.getOrDefault(PREFIX + indicator, "").strip()));
        ReportTargets current = null;
        try {
            current = api.get(scope.api(), ReportTargets.class, scope.apiVariables());
            List<ApiFieldError> wrong = check(from, values);
            if (!wrong.isEmpty()) {
                throw new ApiProblemException(400, null, wrong);
            }
            Map<String, Long> changed = changes(current, values);
            if (!changed.isEmpty()) {
                api.put(scope.api(), new TargetsChange(from, changed), ReportTargets.class, scope.apiVariables());
            }
            Banners.success(redirect, changed.isEmpty() ? texts.of("reports.targets.unchanged")
                    : texts.of("reports.targets.saved", Months.name(from)));
            return "redirect:" + scope.page();
        } catch (ApiProblemException refused) {
            return page(model, scope, current, from, values, formErrors.of(refused, FORM));
        } catch (ServiceUnavailableException outage) {
            return page(model, scope, current, from, values, formErrors.of(outage));
        }
    }

    /** {@code PUT /api/reports/targets}: null = no target from that month on. */
    record TargetsChange(String from, Map<String, Long> targets) {
    }

    /** What the page tells without the API: a month that is not one, a value that is not a whole number. */
    private static List<ApiFieldError> check(String from, Map<String, String> values) {
        List<ApiFieldError> wrong = new ArrayList<>();
        if (from.isEmpty()) {
            wrong.add(new ApiFieldError("from", "required", null));
        } else {
            try {
                YearMonth.parse(from);
            } catch (DateTimeParseException notAMonth) {
                wrong.add(new ApiFieldError("from", "invalid_format", null));
            }
        }
        values.forEach((indicator, value) -> {
            if (!value.isEmpty()) {
                Long number = number(value);
                if (number == null) {
                    wrong.add(new ApiFieldError(PREFIX + indicator, "not_a_number", null));
                } else if (number < 0) {
                    wrong.add(new ApiFieldError(PREFIX + indicator, "too_small", null));
                } else if (number > MAX) {
                    wrong.add(new ApiFieldError(PREFIX + indicator, "too_large", null));
                }
            }
        });
        return wrong;
    }

    private static Map<String, Long> changes(ReportTargets current, Map<String, String> values) {
        Map<String, Long> changed = new LinkedHashMap<>();
        values.forEach((indicator, value) -> {
            Long wanted = value.isEmpty() ? null : number(value);
            if (!Objects.equals(wanted, current.current(indicator))) {
                changed.put(indicator, wanted);
            }
        });
        return changed;
    }

    private static Long number(String value) {
        try {
            return Long.valueOf(value.replace(" ", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private String page(Model model, TargetsScope scope, ReportTargets targets, String from,
            Map<String, String> values, FormErrors errors) {
        model.addAttribute("scope", scope);
        model.addAttribute("targets", targets);
        model.addAttribute("from", from);
        model.addAttribute("fromOptions", Months.targetStarts().stream()
                .collect(LinkedHashMap<String, String>::new, (map, month) -> map.put(month.toString(), Months.name(month)),
                        Map::putAll));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "reports/targets";
    }
}
