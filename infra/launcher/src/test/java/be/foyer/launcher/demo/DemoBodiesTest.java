package be.foyer.launcher.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DemoBodiesTest {

    @Test
    void demoBodiesLeaveOutNullsAndWriteDatesAsText() {
        assertEquals(Map.of("date", "2026-11-20", "mode", "PHONE"),
                DemoClient.obj("date", LocalDate.of(2026, 11, 20), "mode", "PHONE", "place", null));
    }

    @Test
    void generatedRegisterNumbersPassTheMod97Check() {
        for (int identity = 0; identity < 200; identity++) {
            String digits = GeneratedMonth.registerNumber(identity).replaceAll("[^0-9]", "");
            assertEquals(11, digits.length(), digits);
            long body = Long.parseLong(digits.substring(0, 9));
            assertEquals(97 - body % 97, Long.parseLong(digits.substring(9)), digits);
        }
    }
}
