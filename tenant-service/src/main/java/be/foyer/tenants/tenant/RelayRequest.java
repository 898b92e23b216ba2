package be.foyer.tenants.tenant;

import java.time.LocalDate;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/** A handover as a worker records it; {@code date} defaults to today. */
public record RelayRequest(ReceivingService service, LocalDate date, LocalDate handoverUntil, String contact) {

    /** The relay's date: the one given, else today. */
    public LocalDate dateOr(LocalDate today) {
        return date == null ? today : date;
    }

    public void check(FieldChecks checks, LocalDate today) {
        LocalDate start = dateOr(today);
        checks.require(!start.isAfter(today), "date", FieldErrorCode.IN_FUTURE,
                "cannot be in the future: record the relay once it happened");
        checks.require(handoverUntil == null || !handoverUntil.isBefore(start), "handoverUntil",
                FieldErrorCode.BEFORE_START, "cannot be before the relay's date (" + start + ")");
    }
}
