package uk.datashares.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The input, output and mapping-table folders. */
public final class FolderOptions {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "Folder of editions to process: one sub-folder or file per edition (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Folder releases are published in (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--reference", paramLabel = "DIR", defaultValue = "jobs/reference",
            description = "Folder of the mapping tables (default: ${DEFAULT-VALUE}).")
    Path reference;
}
