package be.foyer.web.tenants.consents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per purpose, in {@link ConsentsController#PURPOSES} order, bound from {@code consents[i].granted} and
 * {@code consents[i].date} (the API's field names). Only rows with an answer are sent; the API records nothing for
 * an answer equal to the current one.
 */
public class ConsentsForm {

    private List<Answer> consents = new ArrayList<>();

    public List<Answer> getConsents() {
        return consents;
    }

    public void setConsents(List<Answer> consents) {
        this.consents = consents;
    }

    static ConsentsForm of(Consents current, LocalDate today) {
        ConsentsForm form = new ConsentsForm();
        for (String purpose : ConsentsController.PURPOSES) {
            Consents.Consent consent = current.of(purpose);
            Answer answer = new Answer();
            answer.granted = consent != null && consent.isRecorded() ? String.valueOf(consent.granted()) : null;
            answer.date = today.toString();
            form.consents.add(answer);
        }
        return form;
    }

    /** One row per purpose, whatever was posted (a row is missing when nothing of it was sent). */
    ConsentsForm withEveryPurpose(LocalDate today) {
        while (consents.size() < ConsentsController.PURPOSES.size()) {
            Answer answer = new Answer();
            answer.date = today.toString();
            consents.add(answer);
        }
        for (int i = 0; i < consents.size(); i++) {
            if (consents.get(i) == null) {
                consents.set(i, new Answer());
            }
        }
        return this;
    }

    /** The page rows answered, in order: what is sent, and how the API's indexes map back to rows. */
    List<Integer> answeredRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < consents.size() && i < ConsentsController.PURPOSES.size(); i++) {
            Answer answer = consents.get(i);
            if (answer != null && answer.granted != null && !answer.granted.isBlank()) {
                rows.add(i);
            }
        }
        return rows;
    }

    Map<String, Object> body() {
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int row : answeredRows()) {
            Answer answer = consents.get(row);
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("purpose", ConsentsController.PURPOSES.get(row));
            consent.put("granted", Boolean.parseBoolean(answer.granted));
            if (answer.date != null && !answer.date.isBlank()) {
                consent.put("date", answer.date.strip());
            }
            sent.add(consent);
        }
        return Map.of("consents", sent);
    }

    public static class Answer {
        private String granted;
        private String date;

        public String getGranted() {
            return granted;
        }

        public void setGranted(String granted) {
            this.granted = granted;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }
    }
}
