package be.foyer.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.foyer.platform.domain.InvalidInputException;

class CsvWriterTest {

    private final CsvTable awkward = new CsvTable(List.of("name", "value"), List.of(
            Arrays.asList("plain", 1),
            Arrays.asList("with, comma; semicolon", null),
            Arrays.asList("say \"hello\"", "two\r\nlines"),
            Arrays.asList("Région de Bruxelles-Capitale", "<5")));

    @Test
    void every_row_ends_with_crlf_and_awkward_fields_are_quoted_with_quotes_doubled() {
        String csv = CsvWriter.write(awkward, CsvDelimiter.COMMA);

        assertThat(csv).startsWith("name,value\r\nplain,1\r\n\"with, comma; semicolon\",\r\n\"say \"\"hello\"\"\",");
        assertThat(Rfc4180Reader.read(csv, ',')).containsExactly(
                List.of("name", "value"),
                List.of("plain", "1"),
                List.of("with, comma; semicolon", ""),
                List.of("say \"hello\"", "two\r\nlines"),
                List.of("Région de Bruxelles-Capitale", "<5"));
    }

    @Test
    void with_semicolons_a_comma_needs_no_quotes_but_a_semicolon_does() {
        String csv = CsvWriter.write(awkward, CsvDelimiter.SEMICOLON);

        assertThat(csv).contains("\"with, comma; semicolon\";\r\n");
        assertThat(Rfc4180Reader.read(csv, ';').get(2)).containsExactly("with, comma; semicolon", "");
        assertThat(CsvWriter.field("a,b", ';')).isEqualTo("a,b");
    }

    @Test
    void the_delimiter_is_comma_or_semicolon_forgiving_case_and_spaces() {
        assertThat(CsvDelimiter.parse(null)).isEqualTo(CsvDelimiter.COMMA);
        assertThat(CsvDelimiter.parse(" Semicolon ")).isEqualTo(CsvDelimiter.SEMICOLON);
        assertThat(CsvDelimiter.parse(";")).isEqualTo(CsvDelimiter.SEMICOLON);
        assertThatThrownBy(() -> CsvDelimiter.parse("tab"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("delimiter"));
    }
}
