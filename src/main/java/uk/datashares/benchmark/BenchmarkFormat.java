package uk.datashares.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The formats the benchmark writes a synthetic edition in, each with its floor and target. */
public enum BenchmarkFormat {
    XLSX(Floor.XLSX, 0.5),
    ODS(Floor.ODS, 1.0 / 3),
    CSV(Floor.CSV, 0.5);

    private final Floor floor;
    private final double target;

    BenchmarkFormat(Floor floor, double target) {
        this.floor = floor;
        this.target = target;
    }

    /** The throughput the full pipeline should reach, as a fraction of its floor's. */
    public double target() {
        return target;
    }

    Floor floor() {
        return floor;
    }

    List<Path> write(SyntheticEdition edition, Path folder) throws IOException {
        return switch (this) {
            case XLSX -> List.of(new XlsxEditionWriter().write(edition, folder));
            case ODS -> List.of(new OdsEditionWriter().write(edition, folder));
            case CSV -> new CsvEditionWriter().write(edition, folder);
        };
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
