package uk.datashares.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.datashares.normalise.LevelLookup;
import uk.datashares.store.LoadRepository;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.StoredShare;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register PostgreSQL streams in binary is, byte for byte, the file {@link CsvOutput} writes
 * from the same shares read as text: sorted, guarded, quoted, empty where a value is missing.
 */
class RegisterExportTest extends DatabaseTest {

    private static final List<String> AWKWARD = List.of("plain", "=1+2", "=HYPERLINK(\"http://x\";\"y\")", "+44 20 7946 0000",
            "-5", "-5e3", "@SUM(A1)", "\tTab", "\rCR", "a,b", "say \"hi\"", "line\nbreak", "\\.", "ünïcödé, \"ok\"", "😀", "");

    @TempDir
    Path temp;

    @Test
    void theRegisterIsWhatCsvOutputWritesFromTheSameShares() throws Exception {
        long load = new LoadRepository(jdbc).start("2022-06", "input", "rules", 1, List.of(), new LevelLookup(Map.of()));
        for (int row = 0; row < AWKWARD.size(); row++) {
            StoredShare.insert(jdbc, load, "register.csv", row, Map.of("source_file_index", 0));
            String value = AWKWARD.get(row);
            jdbc.update("""
                    update share set organisation_name = ?, purpose = ?, commissioned_by = ?::text[], records_shared = ?,
                                     approved_on = date '2022-05-01' + ?, direct_reason = case when ? % 2 = 0 then 'OTHER' end,
                                     reference = ?
                    where source_row = ?""",
                    value, AWKWARD.get(AWKWARD.size() - 1 - row), "{\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\",x}",
                    row % 3 == 0 ? null : (long) row * -1000, row, row, "R" + (AWKWARD.size() - row), row);
        }
        Path register = temp.resolve("register.csv");

        RegisterExport.Written written = new RegisterExport(jdbc).write(load, register);

        assertThat(written.rows()).isEqualTo(AWKWARD.size());
        assertThat(Files.readString(register, StandardCharsets.UTF_8)).isEqualTo(asCsvOutputWritesIt(load));
        assertThat(written.sha256()).isEqualTo(Checksums.sha256(register));
    }

    /** The shares as text, in the register's order, written by CsvOutput. */
    private String asCsvOutputWritesIt(long load) throws Exception {
        Path expected = temp.resolve("expected.csv");
        List<List<String>> rows = jdbc.query("""
                select edition, section, reference, reference_surrogate::text, organisation, organisation_name,
                       array_to_string(commissioned_by, '; '), organisation_type, purpose, array_to_string(datasets, ';'),
                       array_to_string(legal_gateways, ';'), data_level, access_route, route_basis, route_group, direct_reason,
                       approval_body, approved_on::text, shared_on::text, agreement_end::text, status, dpia, records_shared::text,
                       agreement_in_place::text, end_date_recorded::text, dpia_recorded::text, approval_recorded::text,
                       safeguard_level, source_file, source_sha256, source_sheet, source_row::text
                from share where load_id = ? order by section collate "C", reference collate "C", source_row""", (rs, i) -> {
            List<String> row = new ArrayList<>();
            for (int column = 1; column <= RegisterColumns.NAMES.size(); column++) {
                row.add(rs.getString(column) == null ? "" : rs.getString(column));
            }
            return row;
        }, load);
        try (CsvOutput csv = new CsvOutput(expected)) {
            csv.row(RegisterColumns.NAMES);
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
        return Files.readString(expected, StandardCharsets.UTF_8);
    }
}
