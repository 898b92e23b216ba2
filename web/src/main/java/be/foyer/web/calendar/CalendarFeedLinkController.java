package be.foyer.web.calendar;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.NotFoundException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.calendar.FeedLinks.FeedLink;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * {@code /calendar/subscribe/links/{id}/revoke}: stops one of the user's calendar links after a confirmation that
 * names it (its label, else its creation date). A link that is not the user's is not found, as the API says.
 */
@Controller
class CalendarFeedLinkController {

    private final FeedLinks links;
    private final FormErrorMessages formErrors;
    private final Texts texts;
    private final DateFormats dates;

    CalendarFeedLinkController(FeedLinks links, FormErrorMessages formErrors, Texts texts, DateFormats dates) {
        this.links = links;
        this.formErrors = formErrors;
        this.texts = texts;
        this.dates = dates;
    }

    @GetMapping("/calendar/subscribe/links/{id}/revoke")
    String confirm(@PathVariable String id, CurrentUser user, Model model) {
        CalendarFeedController.refuseTheAnalyst(user);
        return confirmation(own(id), FormErrors.NONE, model);
    }

    @PostMapping("/calendar/subscribe/links/{id}/revoke")
    String revoke(@PathVariable String id, CurrentUser user, Model model, RedirectAttributes redirect) {
        CalendarFeedController.refuseTheAnalyst(user);
        FeedLink link = own(id);
        try {
            links.revoke(link.id());
        } catch (ServiceUnavailableException outage) {
            return confirmation(link, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("calendar.feedLink.revoked", name(link)));
        return "redirect:/calendar/subscribe";
    }

    private FeedLink own(String id) {
        return links.find(id).orElseThrow(() -> new NotFoundException("/calendar/subscribe/links/" + id));
    }

    private String confirmation(FeedLink link, FormErrors errors, Model model) {
        model.addAttribute("link", link);
        model.addAttribute("linkName", name(link));
        model.addAttribute("errors", errors);
        return "calendar/revoke-link";
    }

    /** What the user called the link, else when they made it: never its id. */
    private String name(FeedLink link) {
        return link.label() != null ? link.label()
                : texts.of("calendar.feedLink.unnamed", dates.date(link.createdOn()));
    }
}
