package be.foyer.activities.occurrence;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.farid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.platform.test.FoyerServiceTest;

/**
 * Lowering an activity's capacity while workers register: whoever comes first, an occurrence never ends with more
 * confirmed places than the capacity the activity ends with. Repeated on fresh activities to meet the interleavings.
 */
@FoyerServiceTest
class CapacityRaceTest extends ActivityTestSupport {

    private static final int ROUNDS = 12;

    @Autowired
    private OccurrenceStore occurrences;

    @Test
    void registrations_racing_a_lower_capacity_never_overbook_the_occurrence() throws Exception {
        List<Integer> patchStatuses = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String id = schedule(farid(), activity("Kayak sur la Lesse", "FEDERATION", brusselsNowPlus(2 * 24 * 60),
                    brusselsNowPlus(2 * 24 * 60 + 180), 5, null));
            register(alice(), id, null, tenantOf("smes", false), null);
            register(alice(), id, null, tenantOf("smes", false), null);

            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String tenant = tenantOf("smes", false);
                racers.add(() -> {
                    start.await();
                    return register(alice(), id, null, tenant, null).andReturn().getResponse().getStatus();
                });
            }
            racers.add(() -> {
                start.await();
                return http.perform(patch("/api/activities/" + id).with(farid())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"capacity\":3}"))
                        .andReturn().getResponse().getStatus();
            });
            List<Integer> statuses = race(racers, start);
            patchStatuses.add(statuses.get(statuses.size() - 1));

            int capacity = JsonPath.read(body(alice(), "/api/activities/" + id), "$.capacity");
            long confirmed = occurrences.ofActivity(id).get(0).confirmed();
            assertThat(statuses.subList(0, 4)).as("round %d", round).containsOnly(201);
            assertThat(confirmed).as("round %d: confirmed places for capacity %d", round, capacity)
                    .isLessThanOrEqualTo(capacity);
        }
        assertThat(patchStatuses).containsOnly(200, 409);
    }

    private static List<Integer> race(List<Callable<Integer>> racers, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> racer : racers) {
                answers.add(pool.submit(racer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
