package be.foyer.tenants.tenant;

import be.foyer.events.tenants.ConsentPurpose;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.foyer.platform.domain.Author;

/**
 * A person an organisation follows: the file, its status history, consents and relays. Names and contacts never
 * leave this service; the national register number is kept sealed with the tenant's data key.
 *
 * @param runningTenancies the ids of the person's tenancies that have started and not ended, as housing-service
 *                         announced them: while one runs, the person stays housed
 * @param version increases with every change, so that two workers saving at once cannot overwrite each other
 */
public record Tenant(
        String id,
        String organisation,
        TenantProfile profile,
        String sealedNationalRegisterNumber,
        TenantStatus status,
        List<StatusChange> statusHistory,
        Map<ConsentPurpose, Consent> consents,
        List<Consent> consentHistory,
        List<Relay> relays,
        Set<String> runningTenancies,
        LocalDate registeredOn,
        Author registeredBy,
        Instant registeredAt,
        long version) {

    public boolean hasGranted(ConsentPurpose purpose) {
        Consent consent = consents.get(purpose);
        return consent != null && consent.granted();
    }

    public boolean isAssignedTo(String volunteer) {
        return volunteer != null && profile.assignedVolunteers().contains(volunteer);
    }

    public Tenant withProfile(TenantProfile newProfile, String newSealedNationalRegisterNumber) {
        return new Tenant(id, organisation, newProfile, newSealedNationalRegisterNumber, status, statusHistory,
                consents, consentHistory, relays, runningTenancies, registeredOn, registeredBy, registeredAt, version);
    }

    public Tenant withStatus(StatusChange change) {
        return new Tenant(id, organisation, profile, sealedNationalRegisterNumber, change.status(),
                appended(statusHistory, List.of(change)), consents, consentHistory, relays, runningTenancies, registeredOn,
                registeredBy, registeredAt, version);
    }

    public Tenant withConsents(List<Consent> changes) {
        Map<ConsentPurpose, Consent> updated = new EnumMap<>(ConsentPurpose.class);
        updated.putAll(consents);
        changes.forEach(consent -> updated.put(consent.purpose(), consent));
        return new Tenant(id, organisation, profile, sealedNationalRegisterNumber, status, statusHistory,
                Map.copyOf(updated), appended(consentHistory, changes), relays, runningTenancies, registeredOn, registeredBy,
                registeredAt, version);
    }

    public Tenant withRelay(Relay relay) {
        return new Tenant(id, organisation, profile, sealedNationalRegisterNumber, status, statusHistory, consents,
                consentHistory, appended(relays, List.of(relay)), runningTenancies, registeredOn, registeredBy, registeredAt, version);
    }

    public Tenant withRunningTenancies(Set<String> running) {
        return new Tenant(id, organisation, profile, sealedNationalRegisterNumber, status, statusHistory, consents,
                consentHistory, relays, Set.copyOf(running), registeredOn, registeredBy, registeredAt, version);
    }

    private static <T> List<T> appended(List<T> list, List<T> more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(more);
        return List.copyOf(all);
    }
}
