package be.foyer.housing.search;

/** What happened in a housing search: a visit, an application to an AIS or SISP waiting list, an offer, ... */
public enum StepKind {
    VISIT, AIS_APPLICATION, SISP_APPLICATION, LANDLORD_CONTACT, REFUSAL, OFFER, LEASE_SIGNED
}
