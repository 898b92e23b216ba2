/**
 * What domain code says when it refuses something, in domain words and free of HTTP types: a record that does not
 * exist for the caller, a change the caller is not permitted, input that breaks a rule (with its fields), a change
 * the current state refuses. The platform's {@code be.foyer.platform.problem} turns each into problem+json.
 */
package be.foyer.platform.domain;
