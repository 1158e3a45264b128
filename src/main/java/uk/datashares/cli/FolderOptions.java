package uk.datashares.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.datashares.publish.OutputFailures;

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
     * yet is made here only to see that it can be, and removed again: the run makes it once this
     * database may publish there (a run refused because the database publishes elsewhere leaves
     * none). Making it is the one sure test: a link to nowhere, {@code /proc} or a read-only disk
     * pass every look at the folder above.
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
        List<Path> missing = new ArrayList<>();
        for (Path folder = output.toAbsolutePath().normalize(); folder != null && !Files.exists(folder); folder = folder.getParent()) {
            missing.add(0, folder);
        }
        List<Path> made = new ArrayList<>();
        try {
            for (Path folder : missing) {
                Files.createDirectory(folder);
                made.add(0, folder);
            }
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "--output " + output + " cannot be created (" + why(e)
                    + "); give a folder datashares may write to");
        } finally {
            for (Path folder : made) {
                try {
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    // left empty, to be used by the run
                }
            }
        }
    }

    private static String why(IOException e) {
        if (!(e instanceof FileSystemException failed) || failed.getFile() == null) {
            return e.getMessage();
        }
        Path file = Path.of(failed.getFile());
        if (Files.isSymbolicLink(file)) {
            try {
                return file + " is a link to " + Files.readSymbolicLink(file) + ", which is no folder";
            } catch (IOException unreadable) {
                return file + " is a link that leads to no folder";
            }
        }
        if (Files.isRegularFile(file)) {
            return file + " is a file";
        }
        return OutputFailures.describe(e);
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
