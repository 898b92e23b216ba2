package be.foyer.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/** The slot tests' stress: 8 threads taking slots of 3 keys 2,000 times each, a quarter cancelled at once. */
final class ConcurrentTakes {

    private ConcurrentTakes() {
    }

    static void run(Function<String, Mono<Slot>> take) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(threads.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 2000; i++) {
                    String key = "org-" + random.nextInt(3);
                    if (random.nextInt(4) == 0) {
                        take.apply(key).subscribe(Slot::release).dispose(); // cancelled at once
                    } else {
                        take.apply(key).blockOptional(Duration.ofSeconds(5)).ifPresent(Slot::release);
                    }
                }
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        threads.shutdown();
    }
}
