package be.foyer.reporting.benchmark;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.security.Organisations;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.reporting.Projected;
import be.foyer.reporting.projection.rebuild.HistoryGenerator;
import be.foyer.reporting.projection.rebuild.Publisher;

/**
 * Not a test: measures how long {@code GET /api/reports/annual} takes to answer, JSON and PDF, for each of the six
 * organisations' last generated year, through MockMvc (security, access, every query, rendering). Prints
 * {@code [benchmark]} lines and writes {@code target/annual-benchmark.txt}. Excluded from every build; command in
 * docs/benchmarks.md. The generated history is larger than the demo data (knob {@code -Dbenchmark.scale}).
 */
@FoyerServiceTest
@Tag("benchmark")
class AnnualReportBenchmark {

    private static final int HISTORY_SCALE = Integer.getInteger("benchmark.scale", 4);
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 10;
    private static final String YEAR = String.valueOf(HistoryGenerator.LAST_MONTH.getYear());

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws Exception {
        List<EventEnvelope<?>> history = new HistoryGenerator(1L).generate(HISTORY_SCALE);
        try (Publisher publisher = new Publisher(kafka, 5)) {
            publisher.sendAll(history);
        }
        Projected.awaitProcessed(database, history.stream().map(event -> event.eventId().toString()).toList());
        report("history: " + history.size() + " events, six organisations, " + HistoryGenerator.FIRST_MONTH
                + " to " + HistoryGenerator.LAST_MONTH + "; year measured: " + YEAR);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            allSix(MediaType.APPLICATION_JSON);
            allSix(MediaType.APPLICATION_PDF);
        }
        for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PDF)) {
            long[] perReport = new long[ROUNDS * Organisations.ALL.size()];
            long[] federation = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                long[] times = allSix(type);
                federation[round] = System.nanoTime() - start;
                System.arraycopy(times, 0, perReport, round * times.length, times.length);
            }
            report(String.format("%s: one organisation's year: median %d ms, max %d ms; the six one after the other:"
                    + " median %d ms, max %d ms", type.getSubtype(), median(perReport), max(perReport),
                    median(federation), max(federation)));
        }
        Files.write(Path.of("target", "annual-benchmark.txt"), lines);
    }

    /** The six organisations' reports, each read by its coordinator; the time of each. */
    private long[] allSix(MediaType type) throws Exception {
        long[] times = new long[Organisations.ALL.size()];
        for (int i = 0; i < times.length; i++) {
            String organisation = Organisations.ALL.get(i);
            MockHttpServletRequestBuilder request = get("/api/reports/annual").param("year", YEAR)
                    .accept(type).with(TestTokens.user("coordinator-" + organisation, "coordinator", organisation));
            long start = System.nanoTime();
            http.perform(request).andExpect(status().isOk());
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    private static long max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1_000_000;
    }

    private void report(String line) {
        System.out.println("[benchmark] " + line);
        lines.add(line);
    }
}
