package be.foyer.reporting.projection;

import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;

/** Opens the {@link FactBatch} of a batch of events: into the live generation, or the one a rebuild builds. */
@Component
public class FactBatches {

    private final ProjectionGenerations generations;

    public FactBatches(MongoDatabase database) {
        this.generations = ProjectionGenerations.of(database);
    }

    /** A batch into the live generation (the listener's, read by the reports). */
    public FactBatch live() {
        return new FactBatch(generations.live());
    }

    /** A batch into {@code generation}, which a rebuild builds beside the live one. */
    public FactBatch into(int generation) {
        return new FactBatch(generation);
    }
}
