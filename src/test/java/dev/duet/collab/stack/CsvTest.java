package dev.duet.collab.stack;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void fields_with_commas_quotes_line_breaks_or_outer_spaces_are_quoted_and_records_end_in_crlf() {
        var text = Csv.write(List.of(List.of("a", "b,c"), Arrays.asList("say \"hi\"", null), List.of("two\nlines", " padded")));

        assertThat(text).isEqualTo("a,\"b,c\"\r\n\"say \"\"hi\"\"\",\r\n\"two\nlines\",\" padded\"\r\n");
    }

    @Test
    void what_is_written_reads_back_the_same_with_the_line_each_record_starts_on() {
        var rows = List.of(List.of("name", "notes"), List.of("Mailwave", "two\nlines, \"quoted\""), List.of("Sendly", ""));

        var read = Csv.read(Csv.write(rows));

        assertThat(read).extracting(Csv.Row::fields).containsExactlyElementsOf(rows);
        assertThat(read).extracting(Csv.Row::line).containsExactly(1, 2, 4);
    }

    @Test
    void a_byte_order_mark_lf_line_ends_blank_lines_and_a_missing_last_line_end_are_read_as_spreadsheets_mean_them() {
        var read = Csv.read("\uFEFFname,cost\n\nMailwave,10\r\nSendly,5");

        assertThat(read).extracting(Csv.Row::fields)
                .containsExactly(List.of("name", "cost"), List.of("Mailwave", "10"), List.of("Sendly", "5"));
        assertThat(read).extracting(Csv.Row::line).containsExactly(1, 3, 4);
    }

    @Test
    void an_unclosed_quote_or_a_stray_quote_is_refused_naming_its_line() {
        assertThatThrownBy(() -> Csv.read("name\n\"Mailwave,10\n")).isInstanceOf(InvalidInput.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Csv.read("name\nMail\"wave\n")).isInstanceOf(InvalidInput.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Csv.read("name\n\"Mail\"wave\n")).isInstanceOf(InvalidInput.class).hasMessageContaining("line 2");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe_and_other_text_is_left_alone() {
        assertThat(List.of("=1+1", "+31 20", "-5", "@SUM(A1)", "\tx", "\rx").stream().map(Csv::formulaGuarded))
                .containsExactly("'=1+1", "'+31 20", "'-5", "'@SUM(A1)", "'\tx", "'\rx");
        assertThat(Arrays.asList("Mailwave", "a=b", "", null, "'quoted", "1200.00").stream().map(Csv::formulaGuarded))
                .containsExactly("Mailwave", "a=b", "", null, "'quoted", "1200.00");
    }

    @Test
    void unguarding_gives_back_exactly_what_was_guarded_even_text_that_already_began_with_an_apostrophe() {
        for (var text : Arrays.asList("=HYPERLINK(\"http://x\")", "-5", "'=x", "''@x", "'quoted", "plain", "", null)) {
            assertThat(Csv.formulaUnguarded(Csv.formulaGuarded(text))).as(text).isEqualTo(text);
        }
        assertThat(Csv.formulaGuarded("'=x")).isEqualTo("''=x");
        assertThat(Csv.formulaUnguarded("'=x")).isEqualTo("=x");
        assertThat(Csv.formulaUnguarded("'quoted")).isEqualTo("'quoted");
    }
}
