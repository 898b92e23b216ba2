package be.foyer.web.tenants.consents;

import static be.foyer.web.support.FormValues.blankToNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** "Hand over to another service": the body of {@code POST /api/tenants/{id}/relays}, as typed. */
public class RelayForm {

    private String service;
    private String date;
    private String handoverUntil;
    private String contact;

    static RelayForm startingOn(LocalDate today) {
        RelayForm form = new RelayForm();
        form.date = today.toString();
        return form;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", blankToNull(service));
        putIfPresent(body, "date", date);
        putIfPresent(body, "handoverUntil", handoverUntil);
        putIfPresent(body, "contact", contact);
        return body;
    }

    private static void putIfPresent(Map<String, Object> body, String field, String value) {
        if (blankToNull(value) != null) {
            body.put(field, value.strip());
        }
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getHandoverUntil() {
        return handoverUntil;
    }

    public void setHandoverUntil(String handoverUntil) {
        this.handoverUntil = handoverUntil;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
