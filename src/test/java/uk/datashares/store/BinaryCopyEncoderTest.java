package uk.datashares.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import uk.datashares.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What the binary encoder writes, PostgreSQL reads back as the values given, for every type shares use. */
class BinaryCopyEncoderTest extends DatabaseTest {

    private static final String AWKWARD = "tab\there, line\nbreak, back\\slash, \"quotes\", {braces}, comma, ünïcödé, 😀 emoji, NULL";

    @AfterEach
    void dropTable() {
        jdbc.execute("drop table if exists binary_copy_values");
    }

    @Test
    void everyTypeRoundTrips() {
        copy(new BinaryCopyEncoder(16).row(8).text(AWKWARD).int8(-9_000_000_000L).int4(-7).bool(true).date(LocalDate.of(1899, 12, 31))
                        .array(List.of(AWKWARD, "", "NULL", "second")).text("a".repeat(64)).int8((Long) null),
                new BinaryCopyEncoder(16).row(8).text("").int8(Long.MAX_VALUE).int4(Integer.MAX_VALUE).bool(false).date(LocalDate.of(2000, 1, 1))
                        .array(List.of()).text(null).int8(42L),
                new BinaryCopyEncoder(16).row(8).text(null).int8(0).int4(0).bool(false).date(null).array(List.of("one"))
                        .text("f".repeat(64)).int8((Long) null),
                new BinaryCopyEncoder(16).row(8).text("x").int8(1).int4(1).bool(true).date(LocalDate.of(2099, 12, 31)).array(List.of())
                        .text(null).int8((Long) null));

        List<Map<String, Object>> rows = jdbc.queryForList("select t, n8, n4, b, d::text as d, a, c, m from binary_copy_values order by n4");

        assertThat(rows).hasSize(4);
        assertRow(rows.get(0), AWKWARD, -9_000_000_000L, -7, true, "1899-12-31", new String[] {AWKWARD, "", "NULL", "second"}, "a".repeat(64), null);
        assertRow(rows.get(1), null, 0L, 0, false, null, new String[] {"one"}, "f".repeat(64), null);
        assertRow(rows.get(2), "x", 1L, 1, true, "2099-12-31", new String[] {}, null, null);
        assertRow(rows.get(3), "", Long.MAX_VALUE, Integer.MAX_VALUE, false, "2000-01-01", new String[] {}, null, 42L);
    }

    @Test
    void nulCharactersAreDroppedAsTheTextFormatDropsThem() {
        copy(new BinaryCopyEncoder(16).row(8).text("a\0b").int8(1).int4(1).bool(true).date(null).array(List.of("c\0d")).text(null)
                .int8((Long) null));

        assertThat(jdbc.queryForObject("select t || '|' || a[1] from binary_copy_values", String.class)).isEqualTo("ab|cd");
    }

    @Test
    void aReusedEncoderWritesEachRowAsAFreshOneWould() {
        BinaryCopyEncoder reused = new BinaryCopyEncoder(16);
        reused.row(3).text(AWKWARD.repeat(10)).array(List.of("long", AWKWARD)).int8(7L).toBytes();

        byte[] second = reused.row(2).text("short").int4(1).toBytes();

        assertThat(second).isEqualTo(new BinaryCopyEncoder(16).row(2).text("short").int4(1).toBytes());
        copy(reused.row(8).text("x").int8(1).int4(1).bool(true).date(null).array(List.of("y")).text(null).int8((Long) null));
        assertThat(jdbc.queryForObject("select t || '|' || a[1] from binary_copy_values", String.class)).isEqualTo("x|y");
    }

    private void assertRow(Map<String, Object> row, String text, long int8, int int4, boolean bool, String date, String[] array,
                           String chars, Long nullableInt8) {
        assertThat(row.get("t")).isEqualTo(text);
        assertThat(row.get("n8")).isEqualTo(int8);
        assertThat(row.get("n4")).isEqualTo(int4);
        assertThat(row.get("b")).isEqualTo(bool);
        assertThat(row.get("d")).isEqualTo(date);
        try {
            assertThat(Arrays.asList((Object[]) ((java.sql.Array) row.get("a")).getArray())).containsExactly((Object[]) array);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(row.get("c")).isEqualTo(chars);
        assertThat(row.get("m")).isEqualTo(nullableInt8);
    }

    private void copy(BinaryCopyEncoder... rows) {
        jdbc.execute("create table if not exists binary_copy_values (t text, n8 bigint, n4 integer, b boolean, d date, a text[],"
                + " c char(64), m bigint)");
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(BinaryCopyFormat.HEADER);
        for (BinaryCopyEncoder row : rows) {
            stream.writeBytes(row.toBytes());
        }
        stream.writeBytes(BinaryCopyFormat.TRAILER);
        byte[] bytes = stream.toByteArray();
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY binary_copy_values FROM STDIN (FORMAT binary)");
            in.writeToCopy(bytes, 0, bytes.length);
            return in.endCopy();
        });
    }
}
