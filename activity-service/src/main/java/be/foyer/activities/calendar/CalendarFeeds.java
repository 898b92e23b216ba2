package be.foyer.activities.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.calendar.FeedStore.Feed;
import be.foyer.activities.council.CouncilService;
import be.foyer.activities.occurrence.Calendar;
import be.foyer.platform.security.Caller;

/**
 * Private iCalendar feeds for phone calendar apps, which send no bearer token: a random token in the URL stands for
 * the worker who created it (organisation and roles captured then) until they revoke it. A feed made to follow the
 * council also holds the council's meetings.
 */
@Service
public class CalendarFeeds {

    /** The feed shows occurrences from three months back to eighteen months ahead. */
    private static final int MONTHS_BACK = 3;
    private static final int MONTHS_AHEAD = 18;

    private final FeedStore store;
    private final Calendar calendar;
    private final CouncilService council;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(FeedStore store, Calendar calendar, CouncilService council, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.council = council;
        this.clock = clock;
    }

    /** A new feed token for the caller, with the council's meetings if they follow it; only its hash is kept. */
    public String create(Caller caller, boolean followCouncil) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.insert(hash(token), new Feed(caller.userId(), caller.requireOrganisation(),
                List.copyOf(caller.roles()), followCouncil, clock.instant()));
        return token;
    }

    /** How many live feeds the caller has, and whether the latest follows the council. */
    public record Subscription(int active, boolean followCouncil) {
    }

    public Subscription subscription(Caller caller) {
        List<Feed> feeds = store.ofUser(caller.userId());
        return new Subscription(feeds.size(), !feeds.isEmpty() && feeds.get(0).followCouncil());
    }

    public long revokeAll(Caller caller) {
        return store.revokeAll(caller.userId());
    }

    /** The calendar of the feed's organisation, or empty for an unknown or revoked token. */
    public Optional<String> ics(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return store.find(hash(token.strip())).map(feed -> {
            LocalDate today = LocalDate.now(clock.withZone(ActivityService.BRUSSELS));
            LocalDateTime from = today.minusMonths(MONTHS_BACK).atStartOfDay();
            LocalDateTime until = today.plusMonths(MONTHS_AHEAD).atStartOfDay();
            return IcsWriter.write("Foyer", calendar.between(feed.organisation(), from, until),
                    feed.followCouncil() ? council.between(from, until) : List.of(), clock.instant());
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
