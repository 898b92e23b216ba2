package be.foyer.web.reports;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.foyer.web.api.ApiProblemException;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;

/**
 * The period picker of the report pages ({@code reports/parts :: periodPicker}): what it offers, the period chosen
 * and its errors, at the top and beside {@code from}/{@code to} (labels {@code reports.period.<field>}). The API's
 * own refusal of a range (its 400 names {@code from}/{@code to}) is shown the same way.
 */
@Component
class PeriodForm {

    static final String FORM = "reports.period";

    private final FormErrorMessages formErrors;

    PeriodForm(FormErrorMessages formErrors) {
        this.formErrors = formErrors;
    }

    /** Puts the picker's choices and the period in the model; then reads the report, or shows the API's refusal. */
    <T> T show(Model model, Period period, Supplier<T> report) {
        model.addAttribute("period", period);
        model.addAttribute("monthOptions", Months.pickerOptions());
        model.addAttribute("quarterOptions", Period.quarterOptions());
        model.addAttribute("yearOptions", Years.options());
        model.addAttribute("month", period.to().toString());
        model.addAttribute("monthName", period.name());
        model.addAttribute("year", period.to().getYear());
        FormErrors errors = period.hasErrors()
                ? formErrors.ofPage(period.errors(), FORM) : FormErrors.NONE;
        model.addAttribute("errors", errors);
        try {
            return report.get();
        } catch (ApiProblemException refused) {
            if (refused.fieldErrors().stream().noneMatch(error -> List.of("from", "to", "month").contains(error.field()))) {
                throw refused;
            }
            model.addAttribute("errors", formErrors.of(refused, FORM));
            return null;
        }
    }
}
