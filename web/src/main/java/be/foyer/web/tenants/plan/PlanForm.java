package be.foyer.web.tenants.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "revise the plan" form: one row per goal, bound from {@code goals[i].domain} etc. (the API's own field names,
 * so that its errors land beside the row). Blank rows are the room left to add goals; they are not sent.
 */
public class PlanForm {

    /** Empty rows offered under the goals; "add a goal" adds one more. */
    static final int EMPTY_ROWS = 2;

    private List<GoalRow> goals = new ArrayList<>();

    public List<GoalRow> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalRow> goals) {
        this.goals = goals;
    }

    static PlanForm of(SupportPlan plan) {
        PlanForm form = new PlanForm();
        plan.currentGoals().forEach(goal -> form.goals.add(GoalRow.of(goal)));
        for (int i = 0; i < EMPTY_ROWS; i++) {
            form.goals.add(new GoalRow());
        }
        return form;
    }

    void addRow() {
        goals.add(new GoalRow());
    }

    void removeRow(int index) {
        if (index >= 0 && index < goals.size()) {
            goals.remove(index);
        }
    }

    /** The page rows that hold a goal, in order: what is sent, and how the API's indexes map back to rows. */
    List<Integer> filledRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i) != null && !goals.get(i).isBlank()) {
                rows.add(i);
            }
        }
        return rows;
    }

    /** The body of {@code PUT /api/tenants/{id}/support-plan}: the whole list; empty fields are left out. */
    Map<String, Object> body() {
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int row : filledRows()) {
            sent.add(goals.get(row).json());
        }
        return Map.of("goals", sent);
    }

    public static class GoalRow {
        private String domain;
        private String description;
        private String status = "PLANNED";
        private String startDate;
        private String targetDate;

        static GoalRow of(SupportPlan.Goal goal) {
            GoalRow row = new GoalRow();
            row.domain = goal.domain();
            row.description = goal.description();
            row.status = goal.status();
            row.startDate = goal.startDate() == null ? null : goal.startDate().toString();
            row.targetDate = goal.targetDate() == null ? null : goal.targetDate().toString();
            return row;
        }

        /** Nothing typed or chosen but the status (which defaults to "planned"). */
        boolean isBlank() {
            return isEmpty(domain) && isEmpty(description) && isEmpty(startDate) && isEmpty(targetDate);
        }

        Map<String, Object> json() {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("domain", orNull(domain));
            goal.put("description", description == null ? "" : description.strip());
            putIfPresent(goal, "status", status);
            putIfPresent(goal, "startDate", startDate);
            putIfPresent(goal, "targetDate", targetDate);
            return goal;
        }

        private static void putIfPresent(Map<String, Object> goal, String field, String value) {
            if (!isEmpty(value)) {
                goal.put(field, value.strip());
            }
        }

        private static String orNull(String value) {
            return isEmpty(value) ? null : value.strip();
        }

        private static boolean isEmpty(String value) {
            return value == null || value.isBlank();
        }

        public String getDomain() {
            return domain;
        }

        public void setDomain(String domain) {
            this.domain = domain;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getStartDate() {
            return startDate;
        }

        public void setStartDate(String startDate) {
            this.startDate = startDate;
        }

        public String getTargetDate() {
            return targetDate;
        }

        public void setTargetDate(String targetDate) {
            this.targetDate = targetDate;
        }
    }
}
