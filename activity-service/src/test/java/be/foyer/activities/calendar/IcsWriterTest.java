package be.foyer.activities.calendar;

import be.foyer.platform.domain.Author;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityCategory;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.Visibility;
import be.foyer.activities.occurrence.Occurrence;
import be.foyer.events.BrusselsTime;

class IcsWriterTest {

    private static String feedWith(String title) {
        LocalDateTime start = LocalDateTime.parse("2026-12-03T14:00");
        Activity activity = new Activity("a", "smes", title, null, ActivityCategory.WORKSHOP, Visibility.FEDERATION,
                null, start, start.plusHours(2), BrusselsTime.ZONE, null, List.of(), 8, null, null, null,
                ActivityStatus.SCHEDULED, new Author("u", "U"), Instant.EPOCH);
        return IcsWriter.write("Foyer", List.of(new Occurrence(activity, start, null)), List.of(), Instant.EPOCH);
    }

    @Test
    void long_lines_fold_at_75_octets_without_splitting_a_character_and_end_in_crlf() {
        String title = "Atelier d'écriture à la Maison de quartier ".repeat(4);
        String text = feedWith(title);

        assertThat(text).endsWith("\r\n");
        String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
        StringBuilder unfolded = new StringBuilder();
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            unfolded.append(line.startsWith(" ") ? line.substring(1) : "\n" + line);
        }
        assertThat(unfolded.toString()).contains("\nSUMMARY:" + title + "\n");
    }

    @Test
    void text_escapes_backslashes_separators_and_line_breaks() {
        String unfolded = feedWith("Repas; soupe, pain\\beurre\nà 12h").replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Repas\\; soupe\\, pain\\\\beurre\\nà 12h\r\n");
    }
}
