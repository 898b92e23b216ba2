package be.foyer.web.reports;

import org.springframework.stereotype.Component;

/** Month names in templates: {@code ${@reportMonths.name('2026-11')}} → "novembre 2026". */
@Component("reportMonths")
public class ReportMonthNames {

    public String name(String month) {
        return Months.name(month);
    }
}
