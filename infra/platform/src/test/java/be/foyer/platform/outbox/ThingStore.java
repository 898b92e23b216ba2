package be.foyer.platform.outbox;

/** The tests' store of things, whose collection carries an outbox. */
@OutboxCollection(ThingStore.COLLECTION)
class ThingStore {

    static final String COLLECTION = "things";
}
