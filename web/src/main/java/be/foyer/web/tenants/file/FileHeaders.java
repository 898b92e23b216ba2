package be.foyer.web.tenants.file;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import be.foyer.web.api.ApiClient;
import be.foyer.web.security.CurrentUser;

/**
 * Loads what the header of every page of a tenant's file shows, so that each section's controller does it one way:
 * {@code headers.addTo(model, user, tenantId, FileSection.PLAN)} then
 * {@code <div th:replace="~{tenants/file/header :: header}"></div>} in the template. Another organisation's tenant
 * answers 404 here, so no section page can show anything of it.
 */
@Component
public class FileHeaders {

    private final ApiClient api;

    public FileHeaders(ApiClient api) {
        this.api = api;
    }

    public TenantFile addTo(Model model, CurrentUser user, String tenantId, FileSection section) {
        TenantFile file = api.get("/api/tenants/{id}", TenantFile.class, tenantId);
        model.addAttribute("file", file);
        model.addAttribute("section", section);
        model.addAttribute("sections", FileSection.visibleTo(user));
        return file;
    }
}
