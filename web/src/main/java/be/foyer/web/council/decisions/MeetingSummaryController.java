package be.foyer.web.council.decisions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import be.foyer.web.api.ApiClient;

/**
 * The easy-to-read summary of one meeting's decisions, handed out to tenants: the date and place, then each
 * decision in short sentences (what, who takes care of it, by when, the votes in words), on one A4 page when printed
 * (static/css/print-summary.css, linked from this page only). Its language is the page's: {@code ?lang=fr|nl|en},
 * the switch on the page or the site's. Nothing about tenants is shown (the agenda's proposers are left out).
 */
@Controller
class MeetingSummaryController {

    private final ApiClient api;

    MeetingSummaryController(ApiClient api) {
        this.api = api;
    }

    /** The fields of {@code GET /api/council/meetings/{id}} ({@code MeetingView}) the summary shows. */
    public record Meeting(String id, LocalDateTime start, LocalDateTime end, String placeName, String placeAddress,
            String status, List<Decision> decisions) {

        public Meeting {
            decisions = decisions == null ? List.of() : decisions;
        }

        /** The place's name and address, as far as they are known ("" when neither is). */
        public String place() {
            return Stream.of(placeName, placeAddress).filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(", "));
        }
    }

    @GetMapping("/council/meetings/{id}/summary")
    String summary(@PathVariable String id, Model model) {
        model.addAttribute("meeting", api.get("/api/council/meetings/{id}", Meeting.class, id));
        return "council/decisions/summary";
    }
}
