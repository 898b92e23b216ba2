package be.foyer.platform.outbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.BsonDocument;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * Tells the relay that a write to an outbox collection succeeded, so that it publishes at once instead of at its next
 * poll. It listens to the MongoDB driver's commands, which every store of every service goes through, so no store has
 * to remember to call the relay. A write that carried no outbox entry costs the relay one indexed query that finds
 * nothing; the relay's own removals are not reported (they would wake it in a loop).
 */
public class OutboxWrites implements CommandListener {

    private static final Set<String> WRITES = Set.of("insert", "update", "findAndModify", "bulkWrite");

    private final Set<String> collections;
    private final Set<Integer> pending = ConcurrentHashMap.newKeySet();
    private volatile Runnable onWrite = () -> { };

    public OutboxWrites(OutboxCollections collections) {
        this.collections = collections.names();
    }

    /** What to run after each successful write to an outbox collection (the relay's wake-up). */
    void onWrite(Runnable onWrite) {
        this.onWrite = onWrite;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (WRITES.contains(event.getCommandName()) && !OutboxRelay.isRelayThread()
                && touchesOutboxCollection(event.getCommandName(), event.getCommand())) {
            pending.add(event.getRequestId());
        }
    }

    private boolean touchesOutboxCollection(String commandName, BsonDocument command) {
        // bulkWrite names its collections inside; rare, so any of them wakes the relay
        return "bulkWrite".equals(commandName) || command.isString(commandName)
                && collections.contains(command.getString(commandName).getValue());
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (pending.remove(event.getRequestId())) {
            onWrite.run();
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        pending.remove(event.getRequestId());
    }
}
