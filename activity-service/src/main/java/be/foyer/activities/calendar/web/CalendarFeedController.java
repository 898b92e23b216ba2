package be.foyer.activities.calendar.web;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.calendar.CalendarFeeds;
import be.foyer.activities.calendar.CalendarFeeds.Created;
import be.foyer.activities.calendar.CalendarFeeds.FeedLinkView;
import be.foyer.activities.calendar.CalendarFeeds.Subscription;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/activities/calendar-feed} gives the caller a private feed URL; {@code DELETE} revokes all of
 * theirs, {@code DELETE .../links/{id}} one of those {@code GET .../links} lists. {@code GET /api/calendar.ics?token=} is open (no bearer token: calendar apps send none); the token decides.
 */
@Tag(name = "Calendar feed", description = "Personal calendar (iCalendar) links: created, listed, revoked, read.")
@RestController
public class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    public CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Operation(summary = "Create a personal calendar link")
    @PostMapping("/api/activities/calendar-feed")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
    public ResponseEntity<FeedLink> create(Caller caller, @Valid @RequestBody(required = false) FeedOptions options) {
        Created created = feeds.create(caller, options != null && Boolean.TRUE.equals(options.followCouncil()),
                options == null ? null : options.label());
        String url = "/api/calendar.ics?token=" + created.token();
        FeedLinkView link = created.link();
        return ResponseEntity.created(URI.create(url))
                .body(new FeedLink(url, link.id(), link.label(), link.createdAt(), link.expiresAt()));
    }

    /** The caller's own links, latest first, whatever their status; never their address. */
    @Operation(summary = "List the caller's calendar links")
    @GetMapping("/api/activities/calendar-feed/links")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
    public PageResult<FeedLinkView> links(Caller caller, PageQuery page) {
        return feeds.links(caller, page);
    }

    /** Revokes one of the caller's links; another user's answers 404 as an unknown one. */
    @Operation(summary = "Revoke one calendar link")
    @DeleteMapping("/api/activities/calendar-feed/links/{linkId}")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
    public ResponseEntity<Void> revokeOne(Caller caller, @PathVariable String linkId) {
        feeds.revoke(caller, linkId);
        return ResponseEntity.noContent().build();
    }

    /** For the subscribe panel: how many live links the caller has, and whether the latest follows the council. */
    @Operation(summary = "Read the caller's calendar subscription")
    @GetMapping("/api/activities/calendar-feed")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
    public Subscription subscription(Caller caller) {
        return feeds.subscription(caller);
    }

    @Operation(summary = "Revoke every calendar link of the caller")
    @DeleteMapping("/api/activities/calendar-feed")
    @PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer')")
    public ResponseEntity<Void> revoke(Caller caller) {
        feeds.revokeAll(caller);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Read a calendar feed (iCalendar), authorised by the link's own token")
    @GetMapping("/api/calendar.ics")
    public ResponseEntity<?> ics(@RequestParam(required = false) String token) {
        return feeds.ics(token).<ResponseEntity<?>>map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).body(ics))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "This calendar link is unknown, revoked or no longer active; create a new one in Foyer.");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(problem);
                });
    }

    /**
     * {@code followCouncil}: the feed also holds the council's meetings (default false); {@code label}: the owner's
     * name for it in their list (optional, at most {@value CalendarFeeds#LABEL_MAX_LENGTH} characters).
     */
    public record FeedOptions(Boolean followCouncil,
            @Size(max = CalendarFeeds.LABEL_MAX_LENGTH, message = "must be at most "
                    + CalendarFeeds.LABEL_MAX_LENGTH + " characters") @SingleLineText String label) {
    }

    /** The private URL to paste into a calendar app (given this once), and the link's id and dates. */
    public record FeedLink(String url, String id, String label, Instant createdAt, Instant expiresAt) {
    }
}
