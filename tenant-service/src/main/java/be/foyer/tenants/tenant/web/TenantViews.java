package be.foyer.tenants.tenant.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import be.foyer.tenants.tenant.Household;
import be.foyer.tenants.tenant.ReceivingService;
import be.foyer.tenants.tenant.Relay;
import be.foyer.tenants.tenant.StatusChange;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantProfile;
import be.foyer.tenants.tenant.TenantStatus;
import be.foyer.tenants.protection.TenantCipher;

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
            String nationalRegisterNumber, TenantStatus status, List<StatusChange> statusHistory,
            List<RelayView> relays, String registeredOn, String registeredBy) {

        /**
         * @param nationalRegisterNumber formatted, or {@code null} to leave it out
         * @param cipher                 opens the relay contacts; {@code null} to leave the relays out
         */
        public static TenantFile of(Tenant tenant, String nationalRegisterNumber, TenantCipher cipher) {
            TenantProfile profile = tenant.profile();
            return new TenantFile(tenant.id(), profile.firstName(), profile.lastName(), profile.preferredName(),
                    profile.birthDate(), profile.birthYear(), profile.languages(), profile.phone(),
                    profile.whatsApp(), profile.household(), profile.referentWorkers(),
                    profile.assignedVolunteers(), nationalRegisterNumber, tenant.status(), tenant.statusHistory(),
                    cipher == null ? null : tenant.relays().stream().map(relay -> RelayView.of(relay, cipher)).toList(),
                    tenant.registeredOn().toString(), tenant.registeredBy());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RelayView(String id, ReceivingService service, LocalDate date, LocalDate handoverUntil,
            String contact, String recordedBy) {
        public static RelayView of(Relay relay, TenantCipher cipher) {
            return new RelayView(relay.id(), relay.service(), relay.date(), relay.handoverUntil(),
                    cipher.open(relay.sealedContact()), relay.recordedBy());
        }
    }
}
