package be.foyer.activities.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedTest {

    private static final Instant MADE = Instant.parse("2026-01-10T09:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);
    private static final Duration MONTH = Duration.ofDays(30);

    private static Feed feed(Instant expiresAt, Instant ownerSeenAt, Instant suspendedAt) {
        return new Feed("l-1", "u-1", "smes", List.of("staff"), null, false, MADE, expiresAt, null, ownerSeenAt,
                suspendedAt);
    }

    @Test
    void a_feed_answers_until_its_expiry_then_never_again() {
        Feed feed = feed(MADE.plus(YEAR), MADE.plus(Duration.ofDays(364)), null);
        assertThat(feed.status(MADE.plus(YEAR).minusSeconds(1), YEAR, MONTH)).isEqualTo(Feed.Status.ACTIVE);
        assertThat(feed.status(MADE.plus(YEAR), YEAR, MONTH)).isEqualTo(Feed.Status.EXPIRED);
    }

    @Test
    void a_feed_made_before_expiry_existed_expires_one_configured_lifetime_after_its_creation() {
        Feed legacy = feed(null, MADE.plus(Duration.ofDays(80)), null);
        assertThat(legacy.expiresAt(Duration.ofDays(90))).isEqualTo(MADE.plus(Duration.ofDays(90)));
        assertThat(legacy.status(MADE.plus(Duration.ofDays(89)), Duration.ofDays(90), MONTH))
                .isEqualTo(Feed.Status.ACTIVE);
        assertThat(legacy.status(MADE.plus(Duration.ofDays(90)), Duration.ofDays(90), MONTH))
                .isEqualTo(Feed.Status.EXPIRED);
    }

    @Test
    void a_feed_pauses_while_its_owner_is_unseen_and_a_suspended_one_stays_suspended() {
        Feed unseen = feed(MADE.plus(YEAR), MADE, null);
        assertThat(unseen.status(MADE.plus(MONTH).minusSeconds(1), YEAR, MONTH)).isEqualTo(Feed.Status.ACTIVE);
        assertThat(unseen.status(MADE.plus(MONTH), YEAR, MONTH)).isEqualTo(Feed.Status.PAUSED);
        Feed suspended = feed(MADE.plus(YEAR), MADE.plus(Duration.ofDays(2)), MADE.plus(Duration.ofDays(1)));
        assertThat(suspended.status(MADE.plus(Duration.ofDays(3)), YEAR, MONTH)).isEqualTo(Feed.Status.SUSPENDED);
    }
}
