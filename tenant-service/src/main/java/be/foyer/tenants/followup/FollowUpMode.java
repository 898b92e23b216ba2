package be.foyer.tenants.followup;

/** How the contact took place. */
public enum FollowUpMode {
    HOME_VISIT, OFFICE, PHONE, WHATSAPP, STREET, ACCOMPANIMENT
}
