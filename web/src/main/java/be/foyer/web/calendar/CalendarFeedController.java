package be.foyer.web.calendar;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonInclude;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.FormValues;
import be.foyer.web.support.Pager;
import be.foyer.web.support.Texts;

/**
 * {@code /calendar/subscribe}: the private calendar link (ICS) that a phone's calendar follows. Creating one (with
 * an optional label) shows its full address once (a flash attribute: it is never stored by web nor shown again),
 * with the council's meetings if asked; the user's links are listed with their dates (each stopped one by one by
 * {@link CalendarFeedLinkController}); revoking all stops every link of the user after a confirmation. The
 * federation analyst gets no feed from the API, so the page refuses them before asking.
 */
@Controller
class CalendarFeedController {

    static final String FORM = "calendar.feed";
    private static final String FEED = "/api/activities/calendar-feed";

    private final ApiClient api;
    private final FeedLinks links;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    CalendarFeedController(ApiClient api, FeedLinks links, FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.links = links;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    /** {@code GET /api/activities/calendar-feed}: how many of the user's links work, and whether the last follows the council. */
    public record FeedStatus(int active, boolean followCouncil) {
    }

    /** The body of {@code POST /api/activities/calendar-feed}; a label left empty is not sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewFeed(boolean followCouncil, String label) {
    }

    /** Its answer: the link's path and token ({@code /api/calendar.ics?token=...}). */
    public record FeedLink(String url) {
    }

    /** The link as the user's calendar app needs it: the web address, and the same for apps that open webcal:. */
    public record FeedAddress(String https, String webcal) {

        static FeedAddress of(String apiPath) {
            // the address the user's browser uses (the gateway's, X-Forwarded-* honoured), not web's own
            String absolute = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + apiPath;
            return new FeedAddress(absolute, absolute.replaceFirst("^https?://", "webcal://"));
        }
    }

    @GetMapping("/calendar/subscribe")
    String panel(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        refuseTheAnalyst(user);
        FeedStatus status = api.get(FEED, FeedStatus.class);
        ApiList<FeedLinks.FeedLink> mine = links.page(page);
        model.addAttribute("links", mine);
        model.addAttribute("pager", Pager.of(UriComponentsBuilder.fromPath("/calendar/subscribe"), mine));
        return panel(status, status.followCouncil(), null, FormErrors.NONE, model);
    }

    @PostMapping("/calendar/subscribe")
    String create(@RequestParam(defaultValue = "false") boolean followCouncil,
            @RequestParam(required = false) String label, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        refuseTheAnalyst(user);
        String given = FormValues.blankToNull(label);
        FeedLink link;
        try {
            link = api.post(FEED, new NewFeed(followCouncil, given), FeedLink.class);
        } catch (ApiProblemException refused) {
            return panel(null, followCouncil, label, formErrors.of(refused, FORM), model);
        } catch (ServiceUnavailableException outage) {
            return panel(null, followCouncil, label, formErrors.of(outage), model);
        }
        redirect.addFlashAttribute("feed", FeedAddress.of(link.url()));
        Banners.success(redirect, texts.of("calendar.feed.created"));
        return "redirect:/calendar/subscribe";
    }

    @GetMapping("/calendar/subscribe/revoke")
    String confirmRevoke(CurrentUser user, Model model) {
        refuseTheAnalyst(user);
        model.addAttribute("errors", FormErrors.NONE);
        return "calendar/revoke";
    }

    @PostMapping("/calendar/subscribe/revoke")
    String revoke(CurrentUser user, Model model, RedirectAttributes redirect) {
        refuseTheAnalyst(user);
        try {
            api.delete(FEED);
        } catch (ServiceUnavailableException outage) {
            model.addAttribute("errors", formErrors.of(outage));
            return "calendar/revoke";
        }
        Banners.success(redirect, texts.of("calendar.feed.revoked"));
        return "redirect:/calendar/subscribe";
    }

    private String panel(FeedStatus status, boolean followCouncil, String label, FormErrors errors, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("followCouncil", followCouncil);
        model.addAttribute("label", label);
        model.addAttribute("errors", errors);
        return "calendar/subscribe";
    }

    /** The API refuses feeds to the federation analyst: the pages refuse before asking. */
    static void refuseTheAnalyst(CurrentUser user) {
        if (user.has("federation-analyst")) {
            throw new ForbiddenException("/calendar/subscribe");
        }
    }
}
