package be.foyer.activities.council;

import java.util.List;

import org.springframework.stereotype.Service;

import be.foyer.platform.tenants.TenantErasure;

/**
 * What the council forgets when a tenant is erased: the first name typed with agenda items proposed on their
 * behalf. The items stay (the council discussed them), as items of "a tenant of" their organisation.
 */
@Service
public class ErasedProposers implements TenantErasure {

    private final CouncilStore store;

    public ErasedProposers(CouncilStore store) {
        this.store = store;
    }

    @Override
    public void forget(String tenantId) {
        for (CouncilMeeting meeting : store.withTenant(tenantId)) {
            CouncilMeeting current = meeting;
            // compare-and-set like every meeting change: a change written meanwhile is read again
            while (!store.save(current.withAgenda(current.agenda().stream()
                    .map(item -> tenantId.equals(item.tenantId()) ? item.forgettingFirstName() : item).toList()),
                    List.of())) {
                current = store.find(meeting.id()).orElseThrow();
            }
        }
    }
}
