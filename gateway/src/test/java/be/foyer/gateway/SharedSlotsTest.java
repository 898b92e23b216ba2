package be.foyer.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The shared pool: the last slot kept for a newcomer, the fewest-held first, and nothing held once all is done. */
class SharedSlotsTest {

    @Test
    void anOrganisationHoldingSlotsNeverTakesTheLastOneAndANewcomerTakesItAtOnce() {
        SharedSlots slots = new SharedSlots(3, 8, Duration.ofSeconds(5));
        Slot first = slots.take("flood").block();
        Slot second = slots.take("flood").block();
        AtomicReference<Slot> third = new AtomicReference<>();
        slots.take("flood").subscribe(third::set);
        assertThat(third.get()).as("the flood waits: one slot stays free").isNull();

        Slot newcomer = slots.take("quiet").blockOptional(Duration.ofMillis(100)).orElse(null);
        assertThat(newcomer).as("the quiet organisation is served at once").isNotNull();

        newcomer.release();
        assertThat(third.get()).as("still one slot kept free").isNull();
        first.release();
        assertThat(third.get()).as("a slot of its own freed: the flood's next goes").isNotNull();
        second.release();
        third.get().release();
        assertThat(slots.activeKeys()).isZero();
    }

    @Test
    void aFreedSlotGoesToTheWaitingOrganisationHoldingTheFewest() {
        SharedSlots slots = new SharedSlots(2, 8, Duration.ofSeconds(5));
        Slot flood = slots.take("flood").block();
        Slot other = slots.take("other").block();
        AtomicReference<Slot> floodNext = new AtomicReference<>();
        AtomicReference<Slot> thirdNext = new AtomicReference<>();
        slots.take("flood").subscribe(floodNext::set); // waiting first
        slots.take("third").subscribe(thirdNext::set); // holds none

        other.release();
        assertThat(thirdNext.get()).as("the organisation holding none goes first").isNotNull();
        assertThat(floodNext.get()).isNull();
        thirdNext.get().release();
        assertThat(floodNext.get()).as("then the flood, whose turn it is").isNull(); // it holds one: the last stays free
        flood.release();
        assertThat(floodNext.get()).isNotNull();
        floodNext.get().release();
        assertThat(slots.activeKeys()).isZero();
    }

    @Test
    void aWaitOverOrALineFullGetsNoSlot() {
        SharedSlots slots = new SharedSlots(2, 1, Duration.ofMillis(100));
        Slot held = slots.take("flood").block();
        AtomicReference<Boolean> firstServed = new AtomicReference<>();
        slots.take("flood").map(slot -> true).defaultIfEmpty(false).subscribe(firstServed::set); // the line of one
        assertThat(slots.take("flood").blockOptional(Duration.ofSeconds(1))).as("line full").isEmpty();
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (firstServed.get() == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(firstServed.get()).as("the first waited 100 ms and left without a slot").isFalse();
        assertThat(slots.take("flood").blockOptional(Duration.ofSeconds(2))).as("wait over").isEmpty();
        held.release();
        assertThat(slots.activeKeys()).isZero();
    }

    @Test
    void afterManyConcurrentTakesReleasesTimeoutsAndCancellationsNothingIsHeld() throws Exception {
        SharedSlots slots = new SharedSlots(3, 4, Duration.ofMillis(5));
        ConcurrentTakes.run(slots::take);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (slots.activeKeys() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(slots.activeKeys()).isZero();
        // and the whole pool is free again: two organisations fill it, the first only up to the last slot
        Slot a = slots.take("a").block();
        Slot b = slots.take("a").block();
        Slot c = slots.take("b").blockOptional(Duration.ofMillis(100)).orElse(null);
        assertThat(c).isNotNull();
        a.release();
        b.release();
        c.release();
    }
}
