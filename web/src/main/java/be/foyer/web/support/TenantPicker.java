package be.foyer.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ServiceUnavailableException;

/**
 * Picking one of the signed-in user's own tenants by name: a search field, then one radio per person (first and last
 * name, nickname in brackets, as {@link PersonName} writes them). The field posted is always {@code tenantId} (the
 * API's name, so its errors land beside the list). The API already limits volunteers to their assigned tenants.
 *
 * <p>How a page uses it:
 * <ol>
 * <li>GET handler: take {@code @RequestParam(required = false) String q} and {@code tenantId}, and put
 * {@code picker.search("register-form", q, tenantId)} in the model as {@code tenantPicker} (and {@code errors}).
 * When {@link #isOptionsRequest(String) isOptionsRequest(hxTarget)} (header {@code HX-Target}), return
 * {@link #OPTIONS} instead of the page: htmx swaps the list alone as the user types.</li>
 * <li>Template: place the picker <em>before</em> your POST form (it holds its own GET search form, so that it works
 * without JavaScript: the search button reloads your page with {@code ?q=}), and give your POST form the id you
 * passed; the radios belong to it through their {@code form} attribute:
 * <pre>{@code
 * <div th:replace="~{fragments/tenant-picker :: picker(legend=#{council.item.tenantId},
 *        action=@{/council/meetings/{id}/agenda-items/new(id=${meeting.id})}, errors=${errors})}"></div>
 * <form id="register-form" th:action="@{...}" method="post"> ... </form>
 * }</pre></li>
 * <li>POST handler: on an error re-render with {@code picker.search(formId, q, tenantId)} so the picked person
 * stays (post the search text too: add {@code <input type="hidden" name="q" th:value="${tenantPicker.q}">}).</li>
 * </ol>
 * Pages where the user has no case files (facilitators) offer a known list instead with
 * {@link #among(String, List, String, String)}.
 */
@Component
public class TenantPicker {

    /** The view an htmx search answers: the list of radios alone. */
    public static final String OPTIONS = "fragments/tenant-picker :: options";
    /** The id of the swapped list (htmx sends it as {@code HX-Target}). */
    public static final String OPTIONS_ID = "tenant-picker-options";
    static final int SIZE = 10;
    private static final ParameterizedTypeReference<Tenants> TENANTS = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;

    TenantPicker(ApiClient api) {
        this.api = api;
    }

    /** One person offered: the id posted, the name shown. */
    public record Choice(String id, String name) {

        public static Choice of(String id, String firstName, String lastName, String preferredName) {
            return new Choice(id, PersonName.of(firstName, lastName, preferredName));
        }
    }

    /**
     * What the fragment shows. {@code formId}: the POST form the radios belong to; {@code q}: the search as typed;
     * {@code picked}: the tenant id chosen (or null); {@code available}: false when tenant-service is down.
     */
    public record Picker(String formId, String q, String picked, List<Choice> choices, boolean available) {

        public boolean isSearched() {
            return q != null && !q.isBlank();
        }
    }

    private record Tenant(String id, String firstName, String lastName, String preferredName) {
    }

    private record Tenants(List<Tenant> items) {
    }

    /**
     * The user's tenants matching {@code q} ({@code GET /api/tenants?q=&size=10}; the first ten without a search),
     * with the person already picked kept first when the search no longer finds them. Tenant-service down: no
     * choices, and the fragment says names are unavailable (the page itself still opens).
     */
    public Picker search(String formId, String q, String picked) {
        String search = q == null ? "" : q.strip();
        String pick = FormValues.blankToNull(picked);
        try {
            List<Choice> choices = new ArrayList<>(choices(search.isEmpty()
                    ? api.get("/api/tenants?size={size}", TENANTS, SIZE)
                    : api.get("/api/tenants?q={q}&size={size}", TENANTS, search, SIZE)));
            if (pick != null && choices.stream().noneMatch(choice -> pick.equals(choice.id()))) {
                choices.addAll(0, choices(api.get("/api/tenants?ids={ids}", TENANTS, pick)));
            }
            return new Picker(formId, search, pick, choices, true);
        } catch (ServiceUnavailableException outage) {
            return new Picker(formId, search, pick, List.of(), false);
        }
    }

    /**
     * A picker over a list the page already has (e.g. the tenants a facilitator may add to an attendance sheet),
     * filtered by {@code q} on the name, accents and case forgiven; the picked one always stays.
     */
    public static Picker among(String formId, List<Choice> known, String q, String picked) {
        String search = q == null ? "" : q.strip();
        String pick = FormValues.blankToNull(picked);
        String wanted = folded(search);
        List<Choice> choices = known.stream()
                .filter(choice -> wanted.isEmpty() || folded(choice.name()).contains(wanted) || choice.id().equals(pick))
                .toList();
        return new Picker(formId, search, pick, choices, true);
    }

    /**
     * The first name (or else the nickname) of a tenant the user may see, to send with a registration or an agenda
     * item; null when there is none. An outage of tenant-service goes to the caller, whose form keeps what was typed:
     * sending without the name would lose it for good.
     */
    public String firstName(String tenantId) {
        if (tenantId == null) {
            return null;
        }
        Tenants found = api.get("/api/tenants?ids={ids}", TENANTS, tenantId);
        return found == null || found.items() == null ? null : found.items().stream()
                .filter(t -> tenantId.equals(t.id())).findFirst()
                .map(t -> t.firstName() != null && !t.firstName().isBlank() ? t.firstName() : t.preferredName())
                .orElse(null);
    }

    /** True when htmx asks for the list alone (pass the {@code HX-Target} header). */
    public static boolean isOptionsRequest(String hxTarget) {
        return OPTIONS_ID.equals(hxTarget);
    }

    private static List<Choice> choices(Tenants tenants) {
        return tenants == null || tenants.items() == null ? List.of() : tenants.items().stream()
                .map(t -> Choice.of(t.id(), t.firstName(), t.lastName(), t.preferredName())).toList();
    }

    private static String folded(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
