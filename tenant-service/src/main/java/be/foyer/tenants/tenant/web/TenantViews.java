package be.foyer.tenants.tenant.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import be.foyer.tenants.audit.FileRead;
import be.foyer.tenants.audit.ReadSubject;
import be.foyer.tenants.tenant.Household;
import be.foyer.tenants.tenant.OpenedRelay;
import be.foyer.tenants.tenant.ReceivingService;
import be.foyer.tenants.tenant.StatusChange;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantProfile;
import be.foyer.tenants.tenant.TenantStatus;

/** What the tenant endpoints answer. Lists never show the national register number. */
public final class TenantViews {

    private TenantViews() {
    }

    /** One line of a list. */
    public record TenantSummary(String id, String firstName, String lastName, String preferredName,
            TenantStatus status, String registeredOn) {
        public static TenantSummary of(Tenant tenant) {
            TenantProfile profile = tenant.profile();
            return new TenantSummary(tenant.id(), profile.firstName(), profile.lastName(), profile.preferredName(),
                    tenant.status(), tenant.registeredOn().toString());
        }
    }

    /** A file that may be the person about to be registered. */
    public record PossibleDuplicate(String id, String firstName, String lastName, String preferredName,
            LocalDate birthDate, TenantStatus status) {
        public static PossibleDuplicate of(Tenant tenant) {
            TenantProfile profile = tenant.profile();
            return new PossibleDuplicate(tenant.id(), profile.firstName(), profile.lastName(), profile.preferredName(),
                    profile.birthDate(), tenant.status());
        }
    }

    /**
     * The whole file. {@code nationalRegisterNumber} and {@code relays} (with contacts) are present for staff and
     * coordinators only; absent fields are left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TenantFile(String id, String firstName, String lastName, String preferredName,
            LocalDate birthDate, Integer birthYear, List<String> languages, String phone, String whatsApp,
            Household household, List<String> referentWorkers, List<String> assignedVolunteers,
            String nationalRegisterNumber, TenantStatus status,
            List<StatusChangeView> statusHistory, List<RelayView> relays, String registeredOn, String registeredBy) {

        /**
         * @param nationalRegisterNumber formatted, or {@code null} to leave it out
         * @param relays                 with their contacts opened; {@code null} to leave the relays out
         */
        public static TenantFile of(Tenant tenant, String nationalRegisterNumber, List<OpenedRelay> relays) {
            TenantProfile profile = tenant.profile();
            return new TenantFile(tenant.id(), profile.firstName(), profile.lastName(), profile.preferredName(),
                    profile.birthDate(), profile.birthYear(), profile.languages(), profile.phone(),
                    profile.whatsApp(), profile.household(), profile.referentWorkers(),
                    profile.assignedVolunteers(), nationalRegisterNumber, tenant.status(),
                    tenant.statusHistory().stream().map(StatusChangeView::of).toList(),
                    relays == null ? null : relays.stream().map(RelayView::of).toList(),
                    tenant.registeredOn().toString(), tenant.registeredBy().name());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RelayView(String id, ReceivingService service, LocalDate date, LocalDate handoverUntil,
            String contact, String recordedBy) {
        public static RelayView of(OpenedRelay opened) {
            var relay = opened.relay();
            return new RelayView(relay.id(), relay.service(), relay.date(), relay.handoverUntil(), opened.contact(),
                    relay.recordedBy().name());
        }
    }

    /** One step of the status history; {@code changedBy} is the name of who made it ("housing" for housing events). */
    public record StatusChangeView(TenantStatus status, LocalDate changedOn, String changedBy, Instant changedAt) {
        static StatusChangeView of(StatusChange change) {
            return new StatusChangeView(change.status(), change.changedOn(), change.changedBy().name(),
                    change.changedAt());
        }
    }

    /** One read of the file; {@code readBy} is the reader's name. */
    public record ReadView(String readBy, Instant readAt, ReadSubject what) {
        public static ReadView of(FileRead read) {
            return new ReadView(read.readBy().name(), read.readAt(), read.what());
        }
    }
}
