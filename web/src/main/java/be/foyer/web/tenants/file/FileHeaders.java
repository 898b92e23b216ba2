package be.foyer.web.tenants.file;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.NotFoundException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;

/**
 * Loads what the header of every page of a tenant's file shows, so that each section's controller does it one way:
 * {@code headers.addTo(model, user, tenantId, FileSection.PLAN)} then
 * {@code <div th:replace="~{tenants/file/header :: header}"></div>} in the template. Another organisation's tenant
 * answers 404 here, so no section page can show anything of it.
 * <p>
 * For staff and coordinators the header also shows the consents at a glance and the current dwelling (model
 * attribute {@code glance}). The dwelling comes from housing-service: when it fails, the header says "housing
 * unavailable" and the page goes on, since a file must never fail because of another service.
 */
@Component
public class FileHeaders {

    private static final Logger log = LoggerFactory.getLogger(FileHeaders.class);

    private final ApiClient api;

    public FileHeaders(ApiClient api) {
        this.api = api;
    }

    public TenantFile addTo(Model model, CurrentUser user, String tenantId, FileSection section) {
        TenantFile file = api.get("/api/tenants/{id}", TenantFile.class, tenantId);
        model.addAttribute("file", file);
        model.addAttribute("section", section);
        model.addAttribute("sections", FileSection.visibleTo(user));
        model.addAttribute("glance", user.isCaseWorker()
                ? new FileGlance(grantedConsents(tenantId), home(tenantId)) : null);
        return file;
    }

    private List<String> grantedConsents(String tenantId) {
        Consents consents = api.get("/api/tenants/{id}/consents", Consents.class, tenantId);
        return consents.consents() == null ? List.of()
                : consents.consents().stream().filter(Consent::granted).map(Consent::purpose).toList();
    }

    private FileGlance.Home home(String tenantId) {
        try {
            Tenancies tenancies = api.get("/api/tenancies?tenantId={id}&running=true", Tenancies.class, tenantId);
            return tenancies.items() == null ? FileGlance.Home.NONE : tenancies.items().stream()
                    .filter(tenancy -> !Boolean.FALSE.equals(tenancy.running()))
                    .findFirst()
                    .map(tenancy -> new FileGlance.Home(tenancy.dwellingLabel(), tenancy.moveInDate(), false))
                    .orElse(FileGlance.Home.NONE);
        } catch (ServiceUnavailableException | ForbiddenException | NotFoundException | ApiProblemException failed) {
            log.warn("Tenant file header without housing (tenant {}): {}", tenantId, failed.getMessage());
            return FileGlance.Home.UNAVAILABLE;
        }
    }

    record Consents(List<Consent> consents) {
    }

    record Consent(String purpose, boolean granted) {
    }

    record Tenancies(List<Tenancy> items) {
    }

    record Tenancy(String dwellingLabel, LocalDate moveInDate, Boolean running) {
    }
}
