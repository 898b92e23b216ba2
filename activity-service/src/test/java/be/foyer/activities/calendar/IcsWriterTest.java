package be.foyer.activities.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void long_lines_fold_at_75_octets_without_splitting_a_character_and_end_in_crlf() {
        StringBuilder ics = new StringBuilder();
        String summary = "SUMMARY:" + "Atelier d'écriture à la Maison de quartier ".repeat(4);
        IcsWriter.line(ics, summary);

        String text = ics.toString();
        assertThat(text).endsWith("\r\n");
        String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
        assertThat(lines.length).isGreaterThan(2);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        StringBuilder unfolded = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            unfolded.append(lines[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(summary);
    }

    @Test
    void text_escapes_backslashes_separators_and_line_breaks() {
        assertThat(IcsWriter.text("Repas; soupe, pain\\beurre\nà 12h"))
                .isEqualTo("Repas\\; soupe\\, pain\\\\beurre\\nà 12h");
    }
}
