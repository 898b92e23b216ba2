package be.foyer.web.support;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** A test-only page using the tenant picker the way {@link TenantPicker}'s javadoc tells pages to. */
@Controller
class TenantPickerProbe {

    private final TenantPicker picker;

    TenantPickerProbe(TenantPicker picker) {
        this.picker = picker;
    }

    @GetMapping("/probe/picker")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String tenantId,
            @RequestHeader(name = "HX-Target", required = false) String hxTarget, Model model) {
        model.addAttribute("tenantPicker", picker.search("probe-form", q, tenantId));
        model.addAttribute("errors", FormErrors.NONE);
        return TenantPicker.isOptionsRequest(hxTarget) ? TenantPicker.OPTIONS : "probe/picker";
    }
}
