package be.foyer.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import reactor.core.Disposable;

/** The slots themselves: bound, line, time-out, cancellation, and nothing held once everyone is done. */
class InFlightSlotsTest {

    @Test
    void beyondTheBoundARequestWaitsInLineAndBeyondTheLineItGetsNoSlot() {
        InFlightSlots slots = new InFlightSlots(2, 1, Duration.ofSeconds(5));
        Slot first = slots.take("org").block();
        Slot second = slots.take("org").block();
        Slot other = slots.take("other").block();
        AtomicReference<Slot> waiting = new AtomicReference<>();
        slots.take("org").subscribe(waiting::set);

        assertThat(slots.take("org").blockOptional(Duration.ofSeconds(1))).as("line full").isEmpty();
        assertThat(other).as("another key is not concerned").isNotNull();
        assertThat(waiting.get()).isNull();

        first.release();
        first.release(); // twice is once
        assertThat(waiting.get()).as("the slot passed to the one waiting").isNotNull();
        second.release();
        waiting.get().release();
        assertThat(slots.activeKeys()).as("only the other key still holds a slot").isEqualTo(1);
    }

    @Test
    void aWaitThatLastsTooLongGetsNoSlotAndLeavesTheLine() {
        InFlightSlots slots = new InFlightSlots(1, 1, Duration.ofMillis(100));
        Slot held = slots.take("org").block();
        assertThat(slots.take("org").blockOptional(Duration.ofSeconds(2))).isEmpty();
        held.release();
        assertThat(slots.activeKeys()).isZero();
    }

    @Test
    void aRequestCancelledWhileWaitingLeavesTheLine() {
        InFlightSlots slots = new InFlightSlots(1, 1, Duration.ofSeconds(5));
        Slot held = slots.take("org").block();
        Disposable waiting = slots.take("org").subscribe();
        waiting.dispose();
        AtomicReference<Slot> next = new AtomicReference<>();
        slots.take("org").subscribe(next::set); // the line has room again
        held.release();
        assertThat(next.get()).as("the slot went to the one that took its place").isNotNull();
        next.get().release();
        assertThat(slots.activeKeys()).isZero();
    }

    @Test
    void afterManyConcurrentTakesReleasesTimeoutsAndCancellationsNothingIsHeld() throws Exception {
        InFlightSlots slots = new InFlightSlots(2, 3, Duration.ofMillis(5));
        ConcurrentTakes.run(slots::take);
        Thread.sleep(100); // time-outs of lines already left fire harmlessly
        assertThat(slots.activeKeys()).isZero();
    }
}
