package be.foyer.activities.calendar;

import be.foyer.events.BrusselsTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.council.CouncilService;
import be.foyer.activities.occurrence.Calendar;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * Private iCalendar feeds for phone calendar apps, which send no bearer token: a random token in the URL stands for
 * the worker who created it (organisation and roles captured then). It answers until it expires, is revoked, or its
 * owner is seen without the role or organisation it was made with; it pauses while its owner is not seen at all
 * (see the README, "Calendar feed links"). A feed made to follow the council also holds the council's meetings.
 */
@Service
public class CalendarFeeds {

    /** The roles that may have a feed (and read the council it may follow). */
    public static final List<String> FEED_ROLES = List.of(Roles.FACILITATOR, Roles.STAFF, Roles.COORDINATOR,
            Roles.VOLUNTEER);

    public static final int LABEL_MAX_LENGTH = 60;

    /** The feed shows occurrences from three months back to eighteen months ahead. */
    private static final int MONTHS_BACK = 3;
    private static final int MONTHS_AHEAD = 18;

    /** An owner seen again within the hour is not written again: most requests then cost one indexed read. */
    private static final Duration SIGHTING_GRANULARITY = Duration.ofHours(1);

    private final FeedStore store;
    private final Calendar calendar;
    private final CouncilService council;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration ownerUnseenPause;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(FeedStore store, Calendar calendar, CouncilService council, Clock clock,
            @Value("${foyer.calendar-feed.lifetime}") Duration lifetime,
            @Value("${foyer.calendar-feed.owner-unseen-pause}") Duration ownerUnseenPause) {
        this.store = store;
        this.calendar = calendar;
        this.council = council;
        this.clock = clock;
        this.lifetime = lifetime;
        this.ownerUnseenPause = ownerUnseenPause;
    }

    /** A feed just made: its token (shown once, only its hash is kept) and how it is listed. */
    public record Created(String token, FeedLinkView link) {
    }

    /** A new feed for the caller, with the council's meetings if they follow it; {@code label} names it in lists. */
    public Created create(Caller caller, boolean followCouncil, String label) {
        String organisation = caller.requireOrganisation();
        String cleanLabel = checkedLabel(label);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Feed feed = new Feed(UUID.randomUUID().toString(), caller.userId(), organisation, List.copyOf(caller.roles()),
                cleanLabel, followCouncil, now, now.plus(lifetime), null, now, null);
        store.insert(hash(token), feed);
        return new Created(token, view(feed, now));
    }

    /** The label as the owner typed it (its characters and length are checked with the request); blank is none. */
    private static String checkedLabel(String label) {
        String stripped = label == null ? "" : label.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** How many of the caller's feeds answer, and whether the latest follows the council. */
    public record Subscription(int active, boolean followCouncil) {
    }

    public Subscription subscription(Caller caller) {
        List<Feed> feeds = store.ofUser(caller.userId());
        Instant now = clock.instant();
        int active = (int) feeds.stream()
                .filter(feed -> feed.status(now, lifetime, ownerUnseenPause) == Feed.Status.ACTIVE).count();
        return new Subscription(active, !feeds.isEmpty() && feeds.get(0).followCouncil());
    }

    /** One of the caller's links as listed: never its token, which cannot be given again. */
    public record FeedLinkView(String id, String label, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
            boolean followCouncil, Feed.Status status) {
    }

    /** The caller's own links, whatever their state, the latest first. */
    public PageResult<FeedLinkView> links(Caller caller, PageQuery page) {
        Instant now = clock.instant();
        return PageResult.slice(store.ofUser(caller.userId()), page).map(feed -> view(feed, now));
    }

    private FeedLinkView view(Feed feed, Instant now) {
        return new FeedLinkView(feed.linkId(), feed.label(), feed.createdAt(), feed.lastUsedAt(),
                feed.expiresAt(lifetime), feed.followCouncil(), feed.status(now, lifetime, ownerUnseenPause));
    }

    /** Revokes one of the caller's links; another user's, or an unknown one, is not found. */
    public void revoke(Caller caller, String linkId) {
        if (!store.revoke(caller.userId(), linkId)) {
            throw new NoSuchRecordException("calendar feed link", linkId);
        }
    }

    public long revokeAll(Caller caller) {
        return store.revokeAll(caller.userId());
    }

    /**
     * The owner was just seen signed in: their feeds for an organisation {@code stillAllowed} refuses (role lost,
     * organisation left) are suspended; the others count them as seen.
     */
    public void ownerSeen(String userId, Predicate<String> stillAllowed) {
        List<Feed> feeds = store.unsuspendedOfUser(userId);
        if (feeds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<String> lost = feeds.stream().filter(feed -> !stillAllowed.test(feed.organisation()))
                .map(Feed::linkId).toList();
        if (!lost.isEmpty()) {
            store.suspend(userId, lost, now);
        }
        List<String> stale = feeds.stream().filter(feed -> !lost.contains(feed.linkId()))
                .filter(feed -> feed.ownerSeenAt().isBefore(now.minus(SIGHTING_GRANULARITY)))
                .map(Feed::linkId).toList();
        if (!stale.isEmpty()) {
            store.markOwnerSeen(userId, stale, now);
        }
    }

    /** The calendar of the feed's organisation, or empty for an unknown, revoked or no longer active token. */
    public Optional<String> ics(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String tokenHash = hash(token.strip());
        Instant now = clock.instant();
        return store.find(tokenHash)
                .filter(feed -> feed.status(now, lifetime, ownerUnseenPause) == Feed.Status.ACTIVE)
                .map(feed -> {
                    store.markUsed(tokenHash, now);
                    LocalDate today = LocalDate.now(clock.withZone(BrusselsTime.ZONE));
                    LocalDateTime from = today.minusMonths(MONTHS_BACK).atStartOfDay();
                    LocalDateTime until = today.plusMonths(MONTHS_AHEAD).atStartOfDay();
                    return IcsWriter.write("Foyer", calendar.between(feed.organisation(), from, until),
                            feed.followCouncil() ? council.between(from, until) : List.of(), now);
                });
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
