package dev.duet.assets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteRangeTest {

    @Test
    void single_ranges_are_read_and_clipped_to_the_file() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).contains(new ByteRange(0, 99, 1000));
        assertThat(ByteRange.parse("bytes=900-", 1000)).contains(new ByteRange(900, 999, 1000));
        assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999, 1000));
        assertThat(ByteRange.parse("bytes=990-5000", 1000)).contains(new ByteRange(990, 999, 1000));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).contains(new ByteRange(0, 999, 1000));
        assertThat(new ByteRange(10, 19, 1000).contentRange()).isEqualTo("bytes 10-19/1000");
        assertThat(new ByteRange(10, 19, 1000).length()).isEqualTo(10);
    }

    @Test
    void anything_else_is_ignored_so_the_whole_file_is_sent() {
        assertThat(ByteRange.parse(null, 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=1000-", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=50-10", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=-", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=-0", 1000)).isEmpty();
        assertThat(ByteRange.parse("items=0-1", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=99999999999999999999-", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-1", 0)).isEmpty();
    }
}
