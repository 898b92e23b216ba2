package be.foyer.web.tenants.file;

import java.util.Arrays;
import java.util.List;

import be.foyer.web.security.CurrentUser;

/**
 * The parts of a tenant's file, each its own page under {@code /tenants/{id}}, listed in the file's sub-navigation.
 * Volunteers reach only those about the follow-ups they help with.
 */
public enum FileSection {
    FOLLOW_UPS(""),
    PLAN("/plan"),
    PROFILE("/profile"),
    CONSENTS("/consents"),
    HOUSING("/housing"),
    ACTIVITIES("/activities"),
    PRIVACY("/privacy");

    private final String path;

    FileSection(String path) {
        this.path = path;
    }

    public String path(String tenantId) {
        return "/tenants/" + tenantId + path;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<FileSection> visibleTo(CurrentUser user) {
        boolean caseWorker = user.isCaseWorker();
        return Arrays.stream(values()).filter(section -> caseWorker || section == FOLLOW_UPS || section == PLAN
                || section == PROFILE).toList();
    }
}
