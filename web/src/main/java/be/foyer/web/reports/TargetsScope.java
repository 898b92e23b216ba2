package be.foyer.web.reports;

import org.springframework.context.i18n.LocaleContextHolder;

import be.foyer.web.support.Organisations;

/**
 * Whose targets a targets page shows: the signed-in coordinator's organisation ({@code /reports/targets}) or a
 * programme ({@code /reports/programmes/{id}/targets}; its readers see the history, the coordinators of its lead
 * organisation set them, as the API says).
 *
 * @param programme null for the organisation
 * @param name      the organisation's or programme's name, in the user's language
 */
public record TargetsScope(Programmes.Programme programme, String name, boolean mayEdit) {

    static TargetsScope organisation(String organisation, Organisations organisations) {
        return new TargetsScope(null, organisations.name(organisation), true);
    }

    static TargetsScope programme(Programmes.Programme programme, boolean leadCoordinator) {
        return new TargetsScope(programme, programme.nameIn(LocaleContextHolder.getLocale()), leadCoordinator);
    }

    /** The page's own address (form action, redirect after saving). */
    public String page() {
        return programme == null ? "/reports/targets" : "/reports/programmes/" + programme.id() + "/targets";
    }

    /** {@code /api/reports/targets[?programme=]}, with {@link #apiVariables()}. */
    String api() {
        return programme == null ? "/api/reports/targets" : "/api/reports/targets?programme={programme}";
    }

    Object[] apiVariables() {
        return programme == null ? new Object[0] : new Object[] {programme.id()};
    }

    /** Where "back" goes: the dashboard or the programme's report. */
    public String back() {
        return programme == null ? "/reports" : "/reports/programmes/" + programme.id();
    }
}
