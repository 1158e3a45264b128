package uk.datashares.publish.ees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static uk.datashares.publish.ees.EesCheck.FILE_MISSING;
import static uk.datashares.publish.ees.FileNameChecks.DATA_SUFFIX;
import static uk.datashares.publish.ees.FileNameChecks.META_SUFFIX;

/**
 * Checks CSV tables against the EES open-data standard as PUBLISHING.md states it for our tables.
 *
 * <p>The checks run in steps. A file that cannot be read as a table (broken quoting, ragged rows,
 * a missing mandatory or meta column) stops the checks of its pair after that step: what follows
 * would only report knock-on errors. Otherwise every check runs, so one report shows everything
 * to fix. Nothing here throws for a bad file; every finding is an {@link EesProblem}.
 *
 * <p>Instances hold no state and may be shared.
 */
public final class EesValidator {

    /** Checks one table: a data file and its meta file. */
    public EesReport validate(Path dataCsv, Path metaCsv) {
        ProblemLog log = new ProblemLog();
        String dataName = dataCsv.getFileName().toString();
        String metaName = metaCsv.getFileName().toString();
        FileNameChecks.checkPair(dataName, metaName, log);
        boolean dataFound = Files.isRegularFile(dataCsv);
        boolean metaFound = Files.isRegularFile(metaCsv);
        if (!dataFound) {
            log.report(FILE_MISSING, dataName, null, null, "the data file " + dataCsv + " does not exist");
        }
        if (!metaFound) {
            log.report(FILE_MISSING, metaName, null, null, "the meta file " + metaCsv + " does not exist; every "
                    + "<stem>.csv needs its <stem>.meta.csv beside it");
        }
        if (dataFound && metaFound) {
            checkContents(dataCsv, metaCsv, log);
        }
        return log.toReport();
    }

    /**
     * Checks every table in a folder (not its subfolders): each {@code <stem>.csv} with its
     * {@code <stem>.meta.csv}. A data file without a meta file, a meta file without a data file,
     * and a folder with no tables at all are FAILs.
     */
    public EesReport validateFolder(Path folder) {
        String folderName = String.valueOf(folder.getFileName());
        if (!Files.isDirectory(folder)) {
            return single(folderName, "the folder " + folder + " does not exist");
        }
        List<Path> csvFiles;
        try (Stream<Path> files = Files.list(folder)) {
            csvFiles = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> lowerName(p).endsWith(DATA_SUFFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return single(folderName, "the folder " + folder + " cannot be listed: " + e.getMessage());
        }
        if (csvFiles.isEmpty()) {
            return single(folderName, "the folder " + folder + " holds no tables (<stem>.csv with <stem>.meta.csv)");
        }
        EesReport report = new EesReport(List.of());
        for (Path file : csvFiles) {
            String name = file.getFileName().toString();
            if (lowerName(file).endsWith(META_SUFFIX)) {
                String stem = name.substring(0, name.length() - META_SUFFIX.length());
                if (!Files.isRegularFile(folder.resolve(stem + DATA_SUFFIX))) {
                    report = report.and(single(name, "the meta file has no data file " + stem + DATA_SUFFIX + " beside it"));
                }
            } else {
                String stem = name.substring(0, name.length() - DATA_SUFFIX.length());
                report = report.and(validate(file, folder.resolve(stem + META_SUFFIX)));
            }
        }
        return report;
    }

    private static void checkContents(Path dataCsv, Path metaCsv, ProblemLog log) {
        Optional<CsvTable> data = FileFormatChecks.read(dataCsv, log);
        Optional<CsvTable> meta = FileFormatChecks.read(metaCsv, log);
        if (data.isEmpty() || meta.isEmpty()) {
            return;
        }
        FileFormatChecks.checkBlankColumns(data.get(), log);
        boolean mandatoryColumns = DataColumnChecks.checkMandatoryColumns(data.get(), log);
        Optional<List<MetaEntry>> entries = MetaFileChecks.readEntries(meta.get(), log);
        if (!mandatoryColumns || entries.isEmpty()) {
            return;
        }
        TableSchema schema = new TableSchema(data.get(), meta.get(), entries.get());
        MetaFileChecks.check(schema, log);
        DataColumnChecks.check(schema, log);
        TimeChecks.check(schema.data(), log);
        GeographyChecks.check(schema.data(), log);
        FilterChecks.check(schema, log);
        IndicatorChecks.check(schema, log);
        MatrixChecks.check(schema, log);
    }

    private static EesReport single(String file, String message) {
        ProblemLog log = new ProblemLog();
        log.report(FILE_MISSING, file, null, null, message);
        return log.toReport();
    }

    private static String lowerName(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
