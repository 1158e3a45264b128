package uk.datashares.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** A usage error, before any work, when the input or output folder cannot be used. */
    void requireUsable() {
        requireInputFolder();
        requirePublishableOutput();
    }

    /**
     * A usage error, before any work, when releases could not be published to {@code --output}:
     * it is a file, or a folder that cannot be written to or made. A folder that does not exist
     * yet is not made here but by the run, once this database may publish there (a run refused
     * because the database publishes elsewhere leaves none).
     */
    private void requirePublishableOutput() {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(command.commandLine(), "--output " + output + " is a file, not a folder to publish releases in");
        }
        if (Files.isDirectory(output)) {
            if (!Files.isWritable(output)) {
                throw new ParameterException(command.commandLine(), "--output " + output + " cannot be written to; give a folder"
                        + " datashares may write to");
            }
            return;
        }
        Path existing = output.toAbsolutePath().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new ParameterException(command.commandLine(), "--output " + output + " cannot be created"
                    + (existing == null ? "" : " in " + existing + (Files.isDirectory(existing) ? " (not writable)" : " (a file)"))
                    + "; give a folder datashares may write to");
        }
    }

    /** A usage error, before any work, when {@code --input} is not a folder of editions. */
    private void requireInputFolder() {
        if (!Files.exists(input)) {
            throw new ParameterException(command.commandLine(), "--input " + input + " does not exist; give the folder that holds"
                    + " the editions (one sub-folder each, or their files loose in it)");
        }
        if (!Files.isDirectory(input)) {
            throw new ParameterException(command.commandLine(), "--input " + input + " is a file, not a folder; put it in a folder"
                    + " of editions (as input/" + input.getFileName() + ") and give that folder");
        }
    }
}
