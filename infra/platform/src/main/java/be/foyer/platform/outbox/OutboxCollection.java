package be.foyer.platform.outbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the store whose collection carries an outbox: its documents hold the events written with them
 * ({@link Outbox#FIELD}), which the relay publishes. Declared on the store class, beside the code that fills the
 * collection, so that the relay's list of collections cannot drift from the stores.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OutboxCollection {

    /** The collection's name. */
    String value();
}
