package uk.datashares.publish;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableSpec;
import uk.datashares.store.ReleaseRecord;

/**
 * output/timeseries/: every aggregate table over all editions, one time period per edition,
 * from each edition's current revision; the Home Office series holds each month once, from the
 * latest edition that lists it. Rebuilt in a hidden folder and swapped in by renaming a link; the
 * generation it replaces stays a while for consumers still reading it.
 */
public final class TimeSeries {

    private static final String MONTH_ORDER = "January February March April May June July August September October November December";

    /** How long a generation that is no longer current stays for the consumers still reading it. */
    static final Duration REPLACED_KEPT = Duration.ofHours(1);
    /** How many such generations stay at most: a run publishing many editions builds one after each. */
    static final int REPLACED_AT_MOST = 3;
    private static final Pattern GENERATION = Pattern.compile("\\.timeseries-(?:replaced-)?(\\d{1,18})(?:-1)*");

    private final ReleaseCheck check;
    private final Clock clock = Clock.systemUTC();

    public TimeSeries(ReleaseCheck check) {
        this.check = check;
    }

    public void rebuild(Path output, List<ReleaseRecord> currentReleases) throws IOException {
        if (currentReleases.isEmpty()) {
            return;
        }
        Path folder = output.resolve(".timeseries-" + clock.millis());
        while (Files.exists(folder)) {
            folder = output.resolve(folder.getFileName() + "-1");
        }
        Files.createDirectories(folder);
        try {
            List<OutputFile> files = new ArrayList<>();
            for (TableSpec spec : TableCatalog.ALL) {
                files.addAll(combine(spec, output, currentReleases, folder));
            }
            files.add(readme(folder, currentReleases));
            check.verify(folder, files);
            StringBuilder sums = new StringBuilder();
            for (OutputFile file : files.stream().sorted(Comparator.comparing(OutputFile::path)).toList()) {
                sums.append(Checksums.sha256(folder.resolve(file.path()))).append("  ").append(file.path()).append('\n');
            }
            Files.writeString(folder.resolve("SHA256SUMS"), sums.toString(), StandardCharsets.UTF_8);
            Path link = output.resolve("timeseries");
            if (Files.isDirectory(link) && !Files.isSymbolicLink(link)) {
                Files.move(link, output.resolve(".timeseries-replaced-" + clock.millis()));
            }
            ReleaseFolders.pointLink(link, folder.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            ReleaseFolders.deleteTree(folder);
            throw e;
        }
        removeReplaced(output, folder.getFileName().toString(), clock.instant());
    }

    private static List<OutputFile> combine(TableSpec spec, Path output, List<ReleaseRecord> releases, Path folder) throws IOException {
        String[] header = null;
        Map<String, String[]> homeOfficeMonths = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        Path meta = null;
        for (ReleaseRecord release : releases) {
            Path tables = output.resolve(release.folder()).resolve("tables");
            Path data = tables.resolve(spec.stem() + ".csv");
            if (!Files.exists(data)) {
                continue;
            }
            meta = tables.resolve(spec.stem() + ".meta.csv");
            List<String[]> all = read(data);
            header = all.get(0);
            for (String[] row : all.subList(1, all.size())) {
                if (spec.monthly()) {
                    homeOfficeMonths.put(row[0] + "-" + row[1], row);
                } else {
                    rows.add(row);
                }
            }
        }
        if (header == null) {
            return List.of();
        }
        if (spec.monthly()) {
            rows.addAll(homeOfficeMonths.values().stream()
                    .sorted(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> MONTH_ORDER.indexOf(r[1])))
                    .toList());
        }
        try (CsvOutput csv = new CsvOutput(folder.resolve(spec.stem() + ".csv"))) {
            csv.row(List.of(header));
            for (String[] row : rows) {
                csv.row(List.of(row));
            }
        }
        Files.copy(meta, folder.resolve(spec.stem() + ".meta.csv"));
        return List.of(OutputFile.csv(spec.stem() + ".csv", rows.size()),
                OutputFile.csv(spec.stem() + ".meta.csv", read(meta).size() - 1));
    }

    private static OutputFile readme(Path folder, List<ReleaseRecord> releases) throws IOException {
        StringBuilder text = new StringBuilder("# Time series of the DfE external data shares statistics\n\n");
        text.append("Each table holds every edition's rows (one time period per edition, from its current revision). The Home Office")
                .append(" table holds each month once, from the latest edition that lists it. The files meet the same open-data")
                .append(" standard as each release's tables; see a release's data-guidance.md for what they count.\n\n");
        text.append("| edition | revision |\n|---|---|\n");
        for (ReleaseRecord release : releases) {
            text.append("| ").append(release.edition()).append(" | r").append(release.revision()).append(" |\n");
        }
        Files.writeString(folder.resolve("README.md"), text.toString(), StandardCharsets.UTF_8);
        return OutputFile.text("README.md", text.toString().lines().count());
    }

    /**
     * Deletes the generations of the time series that stopped being current more than
     * {@link #REPLACED_KEPT} ago, and all but the {@link #REPLACED_AT_MOST} latest of the rest. A
     * consumer who opened {@code timeseries/} before the link moved reads on in the generation it
     * opened, which is not pulled from under it at once, even as a run publishing several editions
     * builds a generation after each. A generation's name gives the time it was built, so it
     * stopped being current when the next was built. Old ones go when a later run publishes.
     */
    static void removeReplaced(Path output, String current, Instant now) throws IOException {
        List<Path> generations;
        try (Stream<Path> entries = Files.list(output)) {
            generations = entries.filter(entry -> entry.getFileName().toString().startsWith(".timeseries-")).toList();
        }
        List<Path> kept = new ArrayList<>();
        for (Path generation : generations) {
            String name = generation.getFileName().toString();
            if (name.equals(current)) {
                continue;
            }
            Instant built = builtAt(name);
            Instant replaced = name.startsWith(".timeseries-replaced-") ? built // a folder from before the link, named for then
                    : generations.stream().map(other -> builtAt(other.getFileName().toString()))
                            .filter(other -> other != null && built != null && other.isAfter(built))
                            .min(Comparator.naturalOrder()).orElse(null);
            if (replaced == null || !now.isBefore(replaced.plus(REPLACED_KEPT))) {
                ReleaseFolders.deleteTree(generation);
            } else {
                kept.add(generation);
            }
        }
        kept.sort(Comparator.comparing((Path generation) -> builtAt(generation.getFileName().toString())).reversed());
        for (Path generation : kept.subList(Math.min(REPLACED_AT_MOST, kept.size()), kept.size())) {
            ReleaseFolders.deleteTree(generation);
        }
    }

    /** The time in a generation's name ({@code .timeseries-1764486000000}, {@code -1} added on a clash). */
    private static Instant builtAt(String name) {
        Matcher millis = GENERATION.matcher(name);
        return millis.matches() ? Instant.ofEpochMilli(Long.parseLong(millis.group(1))) : null;
    }

    private static List<String[]> read(Path file) throws IOException {
        try (CSVReader csv = new CSVReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return csv.readAll();
        } catch (CsvException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
