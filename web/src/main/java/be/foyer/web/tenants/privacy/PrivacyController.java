package be.foyer.web.tenants.privacy;

import be.foyer.events.BrusselsTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;
import be.foyer.web.tenants.file.CaseWorkers;
import be.foyer.web.tenants.file.FileHeaders;
import be.foyer.web.tenants.file.FileSection;
import be.foyer.web.tenants.file.TenantFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's rights (staff and coordinators): the export of everything kept, the erasure of the file after a
 * typed confirmation, and for coordinators who read the file.
 */
@Controller
@RequestMapping("/tenants/{id}")
class PrivacyController {

    private static final String FORM = "tenantdetails.privacy.erase.form";
    private static final int READS_PER_PAGE = 20;

    private final ApiClient api;
    private final FileHeaders headers;
    private final FormErrorMessages formErrors;
    private final Texts texts;
    private final JsonMapper json;

    PrivacyController(ApiClient api, FileHeaders headers, FormErrorMessages formErrors, Texts texts,
            JsonMapper json) {
        this.api = api;
        this.headers = headers;
        this.formErrors = formErrors;
        this.texts = texts;
        this.json = json;
    }

    @GetMapping("/privacy")
    String page(@PathVariable String id, CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        CaseWorkers.require(user, "privacy");
        return page(id, user, Math.max(page, 0), "", FormErrors.NONE, model);
    }

    /**
     * The export as a file to save (JSON, named after the person and the day); {@code no-store} so that no cache
     * keeps a copy of everything about the person.
     */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String id, CurrentUser user) {
        CaseWorkers.require(user, "export");
        byte[] export = api.get("/api/tenants/{id}/export", byte[].class, id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ExportFileName.of(json.readTree(export)), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export);
    }

    /** Erases only when the name typed is the one shown; else deletes nothing and says why beside the field. */
    @PostMapping("/privacy/erase")
    String erase(@PathVariable String id, CurrentUser user, @RequestParam(defaultValue = "") String confirmation,
            Model model, RedirectAttributes redirect) {
        CaseWorkers.require(user, "privacy");
        TenantFile file = headers.addTo(model, user, id, FileSection.PRIVACY);
        if (!ErasureConfirmation.matches(confirmation, file.displayName())) {
            return page(id, user, 0, confirmation, formErrors.ofPage(
                    List.of(new ApiFieldError("confirmation", "mismatch", null)), FORM), model);
        }
        try {
            api.delete("/api/tenants/{id}", id);
        } catch (ApiProblemException refused) {
            return page(id, user, 0, confirmation, formErrors.of(refused, FORM), model);
        } catch (ServiceUnavailableException outage) {
            return page(id, user, 0, confirmation, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("tenantdetails.privacy.erased", file.displayName()));
        return "redirect:/tenants";
    }

    private String page(String id, CurrentUser user, int page, String confirmation, FormErrors errors, Model model) {
        if (!model.containsAttribute("file")) {
            headers.addTo(model, user, id, FileSection.PRIVACY);
        }
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("errors", errors);
        if (user.has("coordinator")) {
            model.addAttribute("reads", api.get("/api/tenants/{id}/reads?page={page}&size={size}",
                    ReadAuditPage.class, id, page, READS_PER_PAGE));
        }
        return "tenants/privacy/privacy";
    }

    /** "foyer-export-helene-dubois-2026-11-29.json": the person and the day, in letters any system accepts. */
    static final class ExportFileName {

        private ExportFileName() {
        }

        static String of(JsonNode export) {
            JsonNode file = export.path("file");
            String name = Stream.of("firstName", "lastName", "preferredName")
                    .map(field -> file.path(field).asString(""))
                    .filter(part -> !part.isBlank()).limit(2).reduce((a, b) -> a + " " + b).orElse("");
            String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            String day = "";
            try {
                day = Instant.parse(export.path("exportedAt").asString("")).atZone(BrusselsTime.ZONE)
                        .toLocalDate().toString();
            } catch (DateTimeParseException noDate) {
                // named after the person alone
            }
            return Stream.of("foyer-export", slug, day).filter(part -> !part.isEmpty())
                    .reduce((a, b) -> a + "-" + b).orElseThrow() + ".json";
        }
    }
}
