package be.foyer.tenants.tenant;

import java.time.LocalDate;

/** A handover as a worker records it; {@code date} defaults to today. */
public record RelayRequest(ReceivingService service, LocalDate date, LocalDate handoverUntil, String contact) {
}
