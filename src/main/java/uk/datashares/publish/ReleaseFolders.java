package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The folders consumers read, changed only by single renames: a revision is built in a hidden
 * staging folder beside its final place and renamed into place; {@code current} is a symbolic
 * link replaced by renaming a new link over it.
 */
public final class ReleaseFolders {

    private ReleaseFolders() {
    }

    public static Path editionFolder(Path output, String edition) {
        return output.resolve(edition);
    }

    public static Path revisionFolder(Path output, String edition, int revision) {
        return editionFolder(output, edition).resolve("r" + revision);
    }

    /** A fresh hidden staging folder for a revision; leftovers of interrupted runs are removed first. */
    public static Path freshStaging(Path editionFolder, int revision) throws IOException {
        Files.createDirectories(editionFolder);
        removeStaging(editionFolder);
        Path staging = editionFolder.resolve(".r" + revision + ".staging");
        Files.createDirectory(staging);
        return staging;
    }

    /** Removes {@code folder} when it is a folder (not a link to one) that holds nothing. */
    public static void deleteIfEmpty(Path folder) {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // not empty (DirectoryNotEmptyException), or it cannot be removed: left as it is
        }
    }

    /** Removes hidden staging folders left by interrupted runs. */
    public static void removeStaging(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && (name.contains(".staging") || name.contains(".discarded"))) {
                    deleteTree(entry);
                }
            }
        }
    }

    /** Moves a checked staging folder into its final place with one rename. */
    public static void moveIntoPlace(Path staging, Path target) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Path discarded = target.resolveSibling("." + target.getFileName() + ".discarded");
            deleteTree(discarded);
            Files.move(target, discarded, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(discarded);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the output folder does not support atomic renames, so a release cannot be published safely there", e);
        }
    }

    /** Points a symbolic link at a target (relative), replacing the old link in one rename. */
    public static void pointLink(Path link, String target) throws IOException {
        Path temporary = link.resolveSibling("." + link.getFileName() + ".link-" + ProcessHandle.current().pid());
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, Path.of(target));
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(root)) {
            Files.delete(root);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
