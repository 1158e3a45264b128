package uk.datashares.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.metrics.MetricsFile;
import uk.datashares.metrics.Stage;
import uk.datashares.metrics.StageTimes;

import static org.assertj.core.api.Assertions.assertThat;

/** The report states each run's figures and says plainly which targets are met and which are not. */
class BenchmarkReportTest {

    @TempDir
    Path temp;

    @Test
    void aChildRunsMetricsFileReadsBackAsWritten() throws Exception {
        StageTimes times = new StageTimes();
        times.add(Stage.READ, 1_500_000_000L);
        times.add(Stage.PUBLISH, 250_000_000L);
        times.countRow();
        times.countRow();
        Path file = temp.resolve("metrics.json");

        MetricsFile.write(file, times, 4_000_000_000L);
        JobMetrics metrics = JobMetrics.read(file);

        assertThat(metrics.rows()).isEqualTo(2);
        assertThat(metrics.seconds(Stage.READ)).isEqualTo(1.5);
        assertThat(metrics.seconds(Stage.CLASSIFY)).isZero();
        assertThat(metrics.seconds(Stage.PUBLISH)).isEqualTo(0.25);
        assertThat(metrics.jobSeconds()).isEqualTo(4.0);
        assertThat(metrics.peakHeapBytes()).isPositive();
        assertThat(metrics.maxHeapBytes()).isGreaterThanOrEqualTo(metrics.peakHeapBytes() / 4);
    }

    @Test
    void ratiosToTheFloorAndScalingAreJudgedAgainstTheirTargets() {
        Measurement xlsxSmall = measurement(BenchmarkFormat.XLSX, 100_000, 0.6, 1.0);
        Measurement xlsxLarge = measurement(BenchmarkFormat.XLSX, 1_000_000, 6.0, 15.0);
        Measurement odsSmall = measurement(BenchmarkFormat.ODS, 100_000, 0.5, 1.0);

        String report = BenchmarkReport.render(List.of(xlsxSmall, odsSmall, xlsxLarge),
                Optional.of(new BenchmarkReport.SampleRun(6, 12.3)), "embedded PostgreSQL 15, fresh for each run",
                ZonedDateTime.parse("2026-11-29T03:00:00Z"));

        assertThat(xlsxSmall.ratioToFloor()).isEqualTo(0.6);
        assertThat(report).contains("| xlsx | 100,000 |").contains("0.600 | ≥ 0.50: met")
                .contains("| ods | 100,000 |").contains("0.500 | ≥ 0.33: met")
                .contains("| xlsx | 1,000,000 |").contains("0.400 | **≥ 0.50: not met**")
                .contains("| xlsx | 100,000 → 1,000,000 | 10.0× | 15.00× | **not met** |")
                .contains("6 editions): `run` took 12.3 s").contains("met)");
    }

    @Test
    void theToolsAnAnalystMightUseInsteadAreSetBesideTheJobOrSayWhyTheyWereNotRun() {
        Measurement xlsx = measurement(BenchmarkFormat.XLSX, 100_000, 0.6, 10.0, List.of(
                FallbackReader.Timing.measured(FallbackReader.PANDAS, 25.0),
                FallbackReader.Timing.measured(FallbackReader.LIBREOFFICE, 40.0)));
        Measurement ods = measurement(BenchmarkFormat.ODS, 100_000, 0.5, 8.0, List.of(
                FallbackReader.Timing.notMeasured(FallbackReader.PANDAS, "odfpy is not installed")));
        Measurement csv = measurement(BenchmarkFormat.CSV, 100_000, 0.1, 8.0);

        String report = BenchmarkReport.render(List.of(xlsx, ods, csv), Optional.empty(), "embedded PostgreSQL 15, fresh for each run",
                ZonedDateTime.parse("2026-11-29T03:00:00Z"));

        String comparison = report.substring(report.indexOf("fall back to"));
        assertThat(comparison).contains("| format | rows | job read s | job s | pandas s | LibreOffice s |")
                .contains("| xlsx | 100,000 | 2.50 | 10.00 | 25.00 (2.50×) | 40.00 (4.00×) |")
                .contains("| ods | 100,000 | 2.00 | 8.00 | n/a: odfpy is not installed | not run |")
                .doesNotContain("| csv |");
        assertThat(BenchmarkReport.render(List.of(csv), Optional.empty(), "embedded PostgreSQL 15, fresh for each run",
                ZonedDateTime.parse("2026-11-29T03:00:00Z")))
                .doesNotContain("fall back");
    }

    private static Measurement measurement(BenchmarkFormat format, long rows, double floorSeconds, double jobSeconds) {
        return measurement(format, rows, floorSeconds, jobSeconds, List.of());
    }

    private static Measurement measurement(BenchmarkFormat format, long rows, double floorSeconds, double jobSeconds,
                                           List<FallbackReader.Timing> fallbacks) {
        JobMetrics job = new JobMetrics(Map.of("rows", (double) rows, "read_seconds", jobSeconds / 4, "classify_seconds",
                jobSeconds / 4, "store_seconds", jobSeconds / 4, "publish_seconds", jobSeconds / 4, "job_seconds", jobSeconds,
                "process_seconds", jobSeconds + 5, "peak_heap_bytes", 1e8, "max_heap_bytes", 2.5e8, "peak_rss_bytes", 4e8));
        return new Measurement(format, rows, 1_000_000, floorSeconds, job, jobSeconds + 6, "default", fallbacks);
    }
}
