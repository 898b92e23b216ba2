package be.foyer.activities.calendar.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.calendar.CalendarFeeds;
import be.foyer.activities.calendar.CalendarFeeds.Subscription;
import be.foyer.platform.security.Caller;

/**
 * {@code POST /api/activities/calendar-feed} gives the caller a private feed URL; {@code DELETE} revokes all of
 * theirs. {@code GET /api/calendar.ics?token=} is open (no bearer token: calendar apps send none); the token decides.
 */
@RestController
public class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    public CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @PostMapping("/api/activities/calendar-feed")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
    public ResponseEntity<FeedLink> create(Caller caller, @RequestBody(required = false) FeedOptions options) {
        String url = "/api/calendar.ics?token=" + feeds.create(caller,
                options != null && Boolean.TRUE.equals(options.followCouncil()));
        return ResponseEntity.created(URI.create(url)).body(new FeedLink(url));
    }

    /** For the subscribe panel: how many live links the caller has, and whether the latest follows the council. */
    @GetMapping("/api/activities/calendar-feed")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
    public Subscription subscription(Caller caller) {
        return feeds.subscription(caller);
    }

    @DeleteMapping("/api/activities/calendar-feed")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
    public ResponseEntity<Void> revoke(Caller caller) {
        feeds.revokeAll(caller);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/calendar.ics")
    public ResponseEntity<?> ics(@RequestParam(required = false) String token) {
        return feeds.ics(token).<ResponseEntity<?>>map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).body(ics))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "This calendar link is unknown or was revoked; create a new one in Foyer.");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(problem);
                });
    }

    /** {@code followCouncil}: the feed also holds the council's meetings (default false). */
    public record FeedOptions(Boolean followCouncil) {
    }

    /** The private URL to paste into a calendar app; it works until revoked. */
    public record FeedLink(String url) {
    }
}
