package uk.datashares.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.edition.Discovery;
import uk.datashares.edition.Edition;
import uk.datashares.edition.EditionDiscovery;
import uk.datashares.edition.EditionInput;
import uk.datashares.edition.InputFile;
import uk.datashares.ingest.InputCatalog;
import uk.datashares.ingest.InputFileException;
import uk.datashares.ingest.WorkbookScan;
import uk.datashares.normalise.Finding;
import uk.datashares.normalise.FindingKind;
import uk.datashares.normalise.LevelLookup;
import uk.datashares.store.FindingRepository;
import uk.datashares.store.LoadRepository;

/**
 * First step: finds the edition's files again, checks they are the ones the job was launched
 * for, and scans every sheet's top (sections, headers, the classification sheet) so that bad
 * input is rejected before a single share is stored. Creates the load the next steps fill.
 */
public final class PrepareLoadTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(PrepareLoadTasklet.class);

    private final EditionDiscovery discovery;
    private final InputCatalog catalog;
    private final LoadRepository loads;
    private final FindingRepository findings;

    public PrepareLoadTasklet(EditionDiscovery discovery, InputCatalog catalog, LoadRepository loads, FindingRepository findings) {
        this.discovery = discovery;
        this.catalog = catalog;
        this.loads = loads;
        this.findings = findings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var step = chunkContext.getStepContext().getStepExecution();
        JobParameters parameters = step.getJobParameters();
        Edition edition = Edition.parse(parameters.getString(JobParameterNames.EDITION));
        Path input = Path.of(parameters.getString(JobParameterNames.INPUT_DIR));
        String inputFingerprint = parameters.getString(JobParameterNames.INPUT_FINGERPRINT);
        Discovery found = discovery.discover(input, Optional.of(edition));
        EditionInput files = found.editions().stream().filter(e -> e.edition().equals(edition)).findFirst()
                .orElseThrow(() -> InputFileException.ofFile(input.toString(), "no longer holds edition " + edition
                        + (found.problems().isEmpty() ? "" : ": " + found.problems().get(0).message()),
                        "Run again: the input changed while this run was planned"));
        if (!files.fingerprint().equals(inputFingerprint)) {
            throw InputFileException.ofFile(input.toString(), "the files of edition " + edition + " changed after this run was planned",
                    "Run again to process the files as they are now");
        }
        Map<String, String> levels = new LinkedHashMap<>();
        List<Finding> sheetFindings = new ArrayList<>();
        for (InputFile file : files.files()) {
            WorkbookScan scan = catalog.scan(file.path());
            scan.levels().entries().forEach(levels::putIfAbsent);
            for (WorkbookScan.SheetScan sheet : scan.sheets()) {
                if (sheet.kind().isEmpty()) {
                    sheetFindings.add(new Finding(file.name(), sheet.name(), null, null, null, FindingKind.UNRECOGNISED_SHEET,
                            "neither the sheet's name nor its title matches a row of sections.csv, so it was not read"));
                    LOG.warn("{}: sheet '{}' is not recognised as any section and was not read", file.name(), sheet.name());
                }
            }
        }
        long instance = step.getJobExecution().getJobInstance().getInstanceId();
        loads.discardAbandoned(edition.code(), instance);
        long loadId = loads.start(edition.code(), inputFingerprint, parameters.getString(JobParameterNames.RULES_FINGERPRINT),
                instance, files.files(), new LevelLookup(levels));
        findings.add(loadId, sheetFindings);
        LOG.info("Edition {}: {} file(s) checked: {}", edition, files.files().size(),
                String.join(", ", files.files().stream().map(InputFile::name).toList()));
        return RepeatStatus.FINISHED;
    }
}
