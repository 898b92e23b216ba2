package be.foyer.web.calendar.planning;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The picker's plain-words summary as the user changes it (htmx; the form's own POST renders it too). */
@Controller
class RecurrenceSummaryController {

    private final RecurrenceWords words;

    RecurrenceSummaryController(RecurrenceWords words) {
        this.words = words;
    }

    @GetMapping("/calendar/planning/recurrence-summary")
    String summary(@RequestParam MultiValueMap<String, String> params, Model model) {
        model.addAttribute("summary", words.of(RecurrencePicker.from(params)));
        return "calendar/planning/recurrence :: summary";
    }
}
