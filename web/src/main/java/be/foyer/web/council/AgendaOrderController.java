package be.foyer.web.council;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.support.Banners;
import be.foyer.web.support.Texts;

/**
 * Moving an agenda item one place up or down (facilitators; the API refuses others). The order is computed from the
 * meeting as it is now, so that a colleague's item added meanwhile is kept, then the whole order is sent.
 */
@Controller
class AgendaOrderController {

    private final ApiClient api;
    private final Texts texts;

    AgendaOrderController(ApiClient api, Texts texts) {
        this.api = api;
        this.texts = texts;
    }

    /** The body of {@code PUT /api/council/meetings/{id}/agenda-items/order}: every item id, in the new order. */
    record AgendaOrder(List<String> itemIds) {
    }

    @PostMapping("/council/meetings/{id}/agenda-items/{itemId}/move")
    String move(@PathVariable String id, @PathVariable String itemId, @RequestParam String direction,
            RedirectAttributes redirect) {
        Meeting meeting = api.get("/api/council/meetings/{id}", Meeting.class, id);
        List<String> order = new ArrayList<>(meeting.agenda().stream().map(Meeting.AgendaItem::id).toList());
        int from = order.indexOf(itemId);
        int to = "up".equals(direction) ? from - 1 : from + 1;
        if (from >= 0 && to >= 0 && to < order.size()) {
            order.add(to, order.remove(from));
            try {
                api.put("/api/council/meetings/{id}/agenda-items/order", new AgendaOrder(order), Meeting.class, id);
                Banners.success(redirect, texts.of("council.banner.reordered"));
            } catch (ApiProblemException changedMeanwhile) {
                Banners.problem(redirect, texts.of("council.meeting.reorderRefused"));
            }
        }
        return "redirect:/council/meetings/" + id + "#agenda";
    }
}
