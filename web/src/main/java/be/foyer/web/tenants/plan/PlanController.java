package be.foyer.web.tenants.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.EnumOptions;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.RowErrors;
import be.foyer.web.support.Texts;
import be.foyer.web.tenants.file.CaseWorkers;
import be.foyer.web.tenants.file.FileHeaders;
import be.foyer.web.tenants.file.FileSection;

/**
 * The support plan in force, goals grouped per life domain, with its revisions; staff and coordinators revise it
 * (a new revision holding the whole list of goals), volunteers read it.
 */
@Controller
@RequestMapping("/tenants/{id}/plan")
class PlanController {

    private static final String FORM = "tenantdetails.plan.form";
    private static final String PLAN = "/api/tenants/{id}/support-plan";

    private final ApiClient api;
    private final FileHeaders headers;
    private final FormErrorMessages formErrors;
    private final RowErrors rowErrors;
    private final EnumOptions options;
    private final Texts texts;

    PlanController(ApiClient api, FileHeaders headers, FormErrorMessages formErrors, RowErrors rowErrors,
            EnumOptions options, Texts texts) {
        this.api = api;
        this.headers = headers;
        this.formErrors = formErrors;
        this.rowErrors = rowErrors;
        this.options = options;
        this.texts = texts;
    }

    @GetMapping
    String plan(@PathVariable String id, CurrentUser user, Model model) {
        headers.addTo(model, user, id, FileSection.PLAN);
        SupportPlan plan = api.get(PLAN, SupportPlan.class, id);
        model.addAttribute("plan", plan);
        model.addAttribute("goalsByDomain", plan.goalsByDomain());
        model.addAttribute("canRevise", user.isCaseWorker());
        return "tenants/plan/plan";
    }

    @GetMapping("/edit")
    String edit(@PathVariable String id, CurrentUser user, Model model) {
        CaseWorkers.require(user, "plan/edit");
        headers.addTo(model, user, id, FileSection.PLAN);
        return form(model, PlanForm.of(api.get(PLAN, SupportPlan.class, id)), FormErrors.NONE, false);
    }

    /**
     * One form, three buttons: "add a goal" and "remove" show the form again with one row more or less (no
     * JavaScript needed, nothing sent); "save" sends the whole list.
     */
    @PostMapping("/edit")
    String save(@PathVariable String id, CurrentUser user, @ModelAttribute("form") PlanForm form,
            @RequestParam(required = false) String add, @RequestParam(required = false) Integer remove, Model model,
            RedirectAttributes redirect) {
        CaseWorkers.require(user, "plan/edit");
        headers.addTo(model, user, id, FileSection.PLAN);
        if (add != null) {
            form.addRow();
            return form(model, form, FormErrors.NONE, true);
        }
        if (remove != null) {
            form.removeRow(remove);
            return form(model, form, FormErrors.NONE, true);
        }
        try {
            api.put(PLAN, form.body(), SupportPlan.class, id);
        } catch (ApiProblemException refused) {
            return form(model, form, formErrors.of(rowErrors.onPageRows(refused, FORM, form.filledRows()), FORM), true);
        } catch (ServiceUnavailableException outage) {
            return form(model, form, formErrors.of(outage), true);
        }
        Banners.success(redirect,
                texts.of("tenantdetails.plan.saved"));
        return "redirect:/tenants/{id}/plan";
    }

    private String form(Model model, PlanForm form, FormErrors errors, boolean posted) {
        model.addAttribute("form", form);
        model.addAttribute("posted", posted);
        model.addAttribute("errors", errors);
        model.addAttribute("domains", options.of("LifeDomain", EnumOptions.LIFE_DOMAINS));
        model.addAttribute("statuses", options.of("GoalStatus", EnumOptions.GOAL_STATUSES));
        return "tenants/plan/edit";
    }
}
