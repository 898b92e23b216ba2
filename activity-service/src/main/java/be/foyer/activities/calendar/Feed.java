package be.foyer.activities.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A private calendar feed: who asked for it, for which organisation and with which roles, whether it holds the
 * council, and what decides whether it still answers.
 *
 * @param expiresAt   {@code null} for feeds made before links expired: they expire a lifetime after creation
 * @param lastUsedAt  when a calendar app last read it, {@code null} if never
 * @param ownerSeenAt when its owner was last seen, signed in, still allowed to have it
 * @param suspendedAt when its owner was seen without the role or organisation it needs, {@code null} if never
 */
public record Feed(String linkId, String userId, String organisation, List<String> roles, String label,
        boolean followCouncil, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant ownerSeenAt,
        Instant suspendedAt) {

    /** Why a feed answers or does not; only {@code ACTIVE} ones give the calendar. */
    public enum Status {
        ACTIVE,
        /** Past its expiry date: a new link must be made. */
        EXPIRED,
        /** Its owner lost the role or left the organisation it was made with: for good. */
        SUSPENDED,
        /** Its owner has not been seen signed in for a while: it answers again once they are. */
        PAUSED
    }

    public Instant expiresAt(Duration lifetime) {
        return expiresAt != null ? expiresAt : createdAt.plus(lifetime);
    }

    public Status status(Instant now, Duration lifetime, Duration ownerUnseenPause) {
        if (suspendedAt != null) {
            return Status.SUSPENDED;
        }
        if (!now.isBefore(expiresAt(lifetime))) {
            return Status.EXPIRED;
        }
        if (!now.isBefore(ownerSeenAt.plus(ownerUnseenPause))) {
            return Status.PAUSED;
        }
        return Status.ACTIVE;
    }
}
