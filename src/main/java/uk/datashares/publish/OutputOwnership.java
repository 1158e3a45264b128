package uk.datashares.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.datashares.store.PublicationOutputRepository;
import uk.datashares.store.PublicationOutputRepository.Bound;
import uk.datashares.store.ReleaseRepository;

/**
 * A database publishes to one output folder, and the folder holds only that database's releases:
 * the revisions the database records are the folders there. The folder holds a marker file with
 * an id the database records too, so the pair is recognised wherever the folder is moved. A run
 * is refused, before anything is read or written, when the folder was published from another
 * database (its revisions would be taken for this one's and replaced), or when this database
 * publishes to another folder (revisions would be numbered after ones this folder does not hold,
 * its time series would list editions it does not have). A folder emptied or deleted where it
 * was is this database's still, to publish again.
 */
public final class OutputOwnership {

    /** The marker file, in the output folder. */
    public static final String MARKER = ".datashares-output";

    private static final String ID_LINE = "output-id ";

    private static final Pattern EDITION = Pattern.compile("\\d{4}-\\d{2}");

    private static final Pattern REVISION = Pattern.compile("r\\d+");

    private final PublicationOutputRepository outputs;
    private final ReleaseRepository releases;

    public OutputOwnership(PublicationOutputRepository outputs, ReleaseRepository releases) {
        this.outputs = outputs;
        this.releases = releases;
    }

    /** Makes sure this database may publish to {@code output}, binding the two when neither is bound yet. */
    public void claim(Path output) throws IOException {
        Path folder = output.toAbsolutePath().normalize();
        Optional<UUID> marked = markerId(folder);
        Optional<Bound> bound = outputs.bound();
        String nothingChanged = " Nothing was read, stored or published.";
        if (bound.isPresent()) {
            UUID ours = bound.get().outputId();
            if (marked.isPresent() && !marked.get().equals(ours)) {
                throw new OutputNotOursException(folder + " was published from another database: this database publishes to "
                        + bound.get().path() + ". Give the --db-url or --data-dir that published " + folder
                        + ", or --output " + bound.get().path() + "." + nothingChanged);
            }
            if (marked.isEmpty() && !folder.toString().equals(bound.get().path())) {
                throw new OutputNotOursException("This database publishes to " + bound.get().path() + ", not to " + folder
                        + ". Give --output " + bound.get().path() + ", or move that folder here (with its file " + MARKER
                        + "), or give " + folder + " a database of its own with --data-dir or --db-url." + nothingChanged);
            }
            if (marked.isEmpty()) {
                writeMarker(folder, ours); // emptied or deleted where it was: ours to publish again
            }
            outputs.seenAt(folder.toString());
            return;
        }
        if (marked.isPresent()) {
            throw new OutputNotOursException(folder + " was published from another database (its " + MARKER
                    + " names one this database does not know). Give the --db-url or --data-dir that published it,"
                    + " or another --output." + nothingChanged);
        }
        List<String> found = releaseFolders(folder);
        if (!found.isEmpty() && !releases.any()) {
            throw new OutputNotOursException(folder + " holds releases that this database did not publish ("
                    + String.join(", ", found.subList(0, Math.min(3, found.size()))) + (found.size() > 3 ? ", ..." : "")
                    + "). Give the --db-url or --data-dir that published them, or another --output." + nothingChanged);
        }
        // A first run, or a database and folder from before they were bound (the folder's releases are this database's).
        // The database first: stopped in between, the next run finds the folder unmarked where it was, and marks it;
        // the other way round it would find a marker no database knows, and refuse its own folder.
        UUID id = UUID.randomUUID();
        outputs.bind(id, folder.toString());
        try {
            writeMarker(folder, id);
        } catch (IOException | RuntimeException e) {
            outputs.unbind(id); // a folder that cannot be made or marked is not this database's
            throw e;
        }
    }

    private static Optional<UUID> markerId(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        List<String> lines = Files.isRegularFile(marker) ? Files.readAllLines(marker, StandardCharsets.UTF_8) : List.of();
        for (String line : lines) {
            if (line.startsWith(ID_LINE)) {
                try {
                    return Optional.of(UUID.fromString(line.substring(ID_LINE.length()).trim()));
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
        }
        throw new OutputNotOursException(marker + " does not name the database that publishes to " + folder
                + " (no line \"" + ID_LINE + "<id>\"). Put back the file as it was published.");
    }

    private static void writeMarker(Path folder, UUID id) throws IOException {
        Files.createDirectories(folder);
        Path temporary = folder.resolve(MARKER + ".tmp");
        Files.writeString(temporary, "This folder's releases are published by datashares from one database, which knows the folder"
                + " by the id below.\nKeep this file with the folder: a run with another database, or this database with another"
                + " folder, is refused.\n" + ID_LINE + id + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The revision folders ({@code 2023-09/r1}) in an output folder, in name order. */
    private static List<String> releaseFolders(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> editions = Files.list(folder)) {
            return editions.filter(e -> EDITION.matcher(e.getFileName().toString()).matches() && Files.isDirectory(e))
                    .sorted()
                    .flatMap(OutputOwnership::revisions)
                    .toList();
        }
    }

    private static Stream<String> revisions(Path edition) {
        try (Stream<Path> entries = Files.list(edition)) {
            return entries.filter(r -> REVISION.matcher(r.getFileName().toString()).matches())
                    .map(r -> edition.getFileName() + "/" + r.getFileName())
                    .sorted()
                    .toList().stream();
        } catch (IOException e) {
            return Stream.of(edition.getFileName() + "/?");
        }
    }
}
