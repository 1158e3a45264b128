package uk.datashares.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.datashares.ingest.InputCatalog;
import uk.datashares.ingest.InputFileException;
import uk.datashares.ingest.SpreadsheetFormat;
import uk.datashares.ingest.WorkbookScan;
import uk.datashares.vocabulary.Section;
import uk.datashares.vocabulary.SheetKind;

/**
 * Finds the editions in the input folder: each sub-folder is one edition (era A's two
 * workbooks, or one CSV file per sheet), and loose files are grouped by the edition they name.
 * A file's edition comes from its title wording, else its name (or its folder's); an explicit
 * edition wins; a title and a name that disagree, or titles that name different editions, are an
 * error.
 */
public final class EditionDiscovery {

    private final InputCatalog catalog;

    public EditionDiscovery(InputCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * What a file says about its edition: in its titles (the edition they name, where, and,
     * when titles name more than one, where they disagree) and in its name.
     */
    private record FileEdition(Path path, InputFile file, Optional<Edition> content, String contentWhere,
                               String contentConflict, Set<Edition> contentAll, Optional<Edition> name, String problem) {
        FileEdition(Path path, InputFile file, Optional<Edition> name, String problem) {
            this(path, file, Optional.empty(), null, null, Set.of(), name, problem);
        }

        Set<Edition> mentioned() {
            Set<Edition> all = new LinkedHashSet<>(contentAll);
            name.ifPresent(all::add);
            return all;
        }

        /** The one edition the file says it is, its titles and name agreeing; empty when unreadable, silent or at odds. */
        Optional<Edition> own() {
            if (problem != null || contentConflict != null
                    || content.isPresent() && name.isPresent() && !content.equals(name)) {
                return Optional.empty();
            }
            return content.or(() -> name);
        }
    }

    private record Unit(String where, boolean folder, List<Path> files) {
    }

    public Discovery discover(Path input, Optional<Edition> only) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        if (!Files.exists(input)) {
            problems.add(new InputProblem(input.toString(), "the input folder does not exist"));
            return new Discovery(List.of(), problems, List.of());
        }
        List<String> nested = new ArrayList<>();
        List<Unit> units = units(input, nested);
        boolean single = Files.isRegularFile(input) || units.size() == 1;
        Map<Edition, EditionInput> editions = new TreeMap<>();
        Map<Edition, String> editionSources = new TreeMap<>();
        List<FileEdition> loose = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (String folder : nested) {
            notices.add("folder " + folder + " holds only folders, which are not read: each edition's files go in a folder"
                    + " directly inside the input folder (or loose in it)");
        }
        for (Unit unit : units) {
            List<FileEdition> files = new ArrayList<>();
            for (Path path : unit.files()) {
                if (isDocumentation(path)) {
                    notices.add(path.getFileName() + (unit.folder() ? " in " + unit.where() : "")
                            + " is left alone: it is not a spreadsheet, and its name names no edition");
                    continue;
                }
                files.add(fileEdition(path, unit.folder() ? path.getParent() : null));
            }
            if (!unit.folder()) {
                loose.addAll(files);
                continue;
            }
            Optional<Edition> decided = resolveUnit(unit.where(), files, only, single, problems, editions, editionSources);
            Optional<Edition> named = EditionWording.inName(unit.where());
            if (decided.isPresent() && named.isPresent() && !named.equals(decided)) {
                // Files' titles and names decide; a folder named for another quarter is worth a look (stale files?).
                notices.add("folder " + unit.where() + " is named for edition " + named.get() + " but its files are edition "
                        + decided.get() + " (their titles or names say so), and are processed as " + decided.get());
            }
        }
        // With --edition, loose files that say no edition are that edition's when no loose file says another.
        boolean looseForceable = single || loose.size() == 1
                || only.isPresent() && loose.stream().allMatch(f -> f.own().map(only.get()::equals).orElse(true));
        Map<String, List<FileEdition>> looseByEdition = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (FileEdition file : loose) {
            if (file.problem() != null && file.name().isPresent()) {
                // Unreadable, but named for an edition: that edition fails with the file's problem
                // (and a run for another edition leaves it alone).
                if (only.isEmpty() || only.equals(file.name())) {
                    looseByEdition.computeIfAbsent(file.name().get().code(), k -> new ArrayList<>()).add(file);
                }
                continue;
            }
            Optional<Edition> edition = decide(file, only, looseForceable, problems);
            if (edition.isEmpty()) {
                unplaced.add(file.path().getFileName().toString());
                continue;
            }
            looseByEdition.computeIfAbsent(edition.get().code(), k -> new ArrayList<>()).add(file);
        }
        for (Map.Entry<String, List<FileEdition>> group : looseByEdition.entrySet()) {
            String where = group.getValue().stream().map(f -> f.path().getFileName().toString()).collect(Collectors.joining(", "));
            if (!unplaced.isEmpty()) {
                // A loose file that could not be placed may be one of this edition's: published
                // without it, the release would silently lack its sheets.
                problems.add(new InputProblem(where + " (edition " + group.getKey() + ")", "not processed, because "
                        + String.join(", ", unplaced) + " (loose in the input folder too) cannot be placed in an edition and may"
                        + " be one of its files. Put each edition's files in a folder of their own, move "
                        + String.join(", ", unplaced) + " out of the input folder if it is no edition's, or give --edition "
                        + group.getKey() + " if it is one of this edition's"));
                continue;
            }
            resolveUnit(where, group.getValue(), Optional.of(Edition.parse(group.getKey())), true, problems, editions, editionSources);
        }
        if (only.isPresent()) {
            for (Edition other : List.copyOf(editions.keySet())) {
                if (other.equals(only.get())) {
                    continue;
                }
                if (single) {
                    problems.add(new InputProblem(editionSources.get(other), "holds edition " + other + ", not " + only.get()
                            + ": its files' titles or names say so, and --edition does not relabel an edition."
                            + " Give the input of " + only.get() + ", or, if the titles are wrong, name the files for "
                            + only.get() + " and give --edition " + only.get() + " to settle the disagreement"));
                }
                editions.remove(other);
            }
        }
        return new Discovery(List.copyOf(editions.values()), problems, notices);
    }

    /** Decides a unit's edition and adds it to {@code editions}, or adds its problems; the edition added, if any. */
    private Optional<Edition> resolveUnit(String where, List<FileEdition> files, Optional<Edition> only, boolean single,
                                          List<InputProblem> problems, Map<Edition, EditionInput> editions, Map<Edition, String> sources) {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        if (only.isPresent() && !single && files.stream().noneMatch(f -> f.mentioned().contains(only.get()))) {
            return Optional.empty();
        }
        List<String> fileProblems = files.stream().filter(f -> f.problem() != null).map(FileEdition::problem).toList();
        Set<Edition> decided = new LinkedHashSet<>();
        List<String> disagreements = new ArrayList<>();
        for (FileEdition file : files) {
            if (file.problem() != null) {
                file.name().ifPresent(decided::add);
                continue;
            }
            Optional<Edition> edition = decide(file, only, true, null);
            if (edition.isPresent()) {
                decided.add(edition.get());
            } else {
                disagreements.add(describeUndecided(file, only));
            }
        }
        if (!fileProblems.isEmpty() || !disagreements.isEmpty()) {
            List<String> all = new ArrayList<>(fileProblems);
            all.addAll(disagreements);
            String edition = decided.size() == 1 ? " (edition " + decided.iterator().next() + ")" : "";
            problems.add(new InputProblem(where + edition, String.join("; ", all)));
            return Optional.empty();
        }
        if (decided.size() != 1) {
            problems.add(new InputProblem(where, "its files name different editions: " + files.stream()
                    .map(f -> f.path().getFileName() + " is " + decide(f, only, true, null).map(Edition::code).orElse("?"))
                    .collect(Collectors.joining(", ")) + ". Put each edition in its own folder"));
            return Optional.empty();
        }
        Optional<String> twice = sectionsGivenTwice(files);
        if (twice.isPresent()) {
            problems.add(new InputProblem(where, twice.get()));
            return Optional.empty();
        }
        Edition edition = decided.iterator().next();
        if (editions.containsKey(edition)) {
            // Folders are settled before loose files, and loose files are grouped by edition: the other copy is a folder.
            problems.add(new InputProblem(where, "edition " + edition + " is also given by folder " + sources.get(edition)
                    + "; keep one copy of each edition in the input folder, with all its files together in one folder"));
            editions.remove(edition);
            return Optional.empty();
        }
        editions.put(edition, new EditionInput(edition, files.stream().map(FileEdition::file).toList()));
        sources.put(edition, where);
        return Optional.of(edition);
    }

    /**
     * The edition a file is. An explicit edition settles a file that names it, or, when it is
     * the only thing in the input ({@code forceable}), a file that does not say which edition it
     * is or says two; it never relabels a file whose titles and name agree on another edition.
     */
    private Optional<Edition> decide(FileEdition file, Optional<Edition> only, boolean forceable, List<InputProblem> problems) {
        // --edition names a file that says no edition, or picks one of those a file's titles and
        // name disagree on; it never gives a file an edition that nothing in it or its name says.
        if (only.isPresent() && (file.mentioned().contains(only.get()) || forceable && file.mentioned().isEmpty())) {
            return only;
        }
        if (file.problem() != null) {
            if (problems != null) {
                problems.add(new InputProblem(file.path().getFileName().toString(), file.problem()));
            }
            return Optional.empty();
        }
        Optional<Edition> edition = file.own();
        if (edition.isEmpty() && problems != null) {
            problems.add(new InputProblem(file.path().getFileName().toString(), describeUndecided(file, only)));
        }
        return edition;
    }

    /**
     * A section that a workbook and another file of the edition both hold: the same edition
     * twice (a workbook beside its sheets exported as CSV, or saved in two formats), whose shares
     * would be counted twice. CSV files may share a section among themselves: era A's
     * pre-April 2018 requests come as two sheets, so as two CSV files.
     */
    private Optional<String> sectionsGivenTwice(List<FileEdition> files) {
        Map<Section, String> workbookHolding = new TreeMap<>();
        Map<Section, String> csvHolding = new TreeMap<>();
        for (FileEdition file : files) {
            WorkbookScan scan;
            try {
                scan = catalog.scan(file.path());
            } catch (IOException | RuntimeException e) {
                continue;
            }
            String name = file.path().getFileName().toString();
            boolean csv = SpreadsheetFormat.ofFileName(name).filter(f -> f == SpreadsheetFormat.CSV).isPresent();
            Set<Section> sections = new TreeSet<>();
            scan.sheets().forEach(sheet -> sheet.kind().flatMap(SheetKind::section).ifPresent(sections::add));
            for (Section section : sections) {
                String other = workbookHolding.getOrDefault(section, csv ? null : csvHolding.get(section));
                if (other != null) {
                    return Optional.of(other + " and " + name + " both hold the " + section + " section: the edition is given twice"
                            + " (a workbook and its sheets exported as CSV, or one workbook saved in two formats), and its shares"
                            + " would be counted twice. Keep one copy of each file");
                }
                (csv ? csvHolding : workbookHolding).putIfAbsent(section, name);
            }
        }
        return Optional.empty();
    }

    /** Notes and documents beside the spreadsheets (README.txt, methodology.pdf), named for no edition. */
    private static boolean isDocumentation(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENTATION.contains(name.substring(dot + 1)) && EditionWording.inName(path.getFileName().toString()).isEmpty();
    }

    private static final Set<String> DOCUMENTATION = Set.of("txt", "md", "pdf", "doc", "docx", "odt", "rtf", "htm", "html",
            "png", "jpg", "jpeg", "gif");

    private static String describeUndecided(FileEdition file, Optional<Edition> only) {
        String name = file.path().getFileName().toString();
        String named = file.mentioned().stream().map(Edition::code).collect(Collectors.joining(" or "));
        String settle = only.isPresent()
                ? ". --edition " + only.get() + " is neither: it settles a disagreement between the editions a file names, and"
                        + " never gives one that nothing names. Give --edition " + named + ", whichever is right, or correct the file"
                : "";
        if (file.contentConflict() != null) {
            return name + ": its titles name different editions: " + file.contentConflict()
                    + (only.isPresent() ? settle : ". Correct the file, or give the right one with --edition (" + named + ")");
        }
        if (file.content().isPresent() && file.name().isPresent()) {
            return name + ": its title says edition " + file.content().get() + " (" + file.contentWhere()
                    + ") but its name says " + file.name().get()
                    + (only.isPresent() ? settle : ". Correct the file or its name, or give the right one with --edition (" + named + ")");
        }
        return name + ": cannot tell which edition it is, since no title or 'as at' line names a month and year"
                + " and neither does its name. Give the edition with --edition YYYY-MM";
    }

    private FileEdition fileEdition(Path path, Path folder) {
        String fileName = path.getFileName().toString();
        Optional<Edition> byName = EditionWording.inName(fileName)
                .or(() -> folder == null ? Optional.empty() : EditionWording.inName(folder.getFileName().toString()));
        InputFile input;
        try {
            input = new InputFile(path, catalog.fingerprint(path));
        } catch (IOException e) {
            return new FileEdition(path, null, byName, fileName + " cannot be read (" + e.getMessage() + ")");
        }
        try {
            WorkbookScan scan = catalog.scan(path);
            List<WorkbookScan.WordingHit> hits = deciding(scan, byName.isPresent());
            Map<Edition, Long> counts = hits.stream()
                    .collect(Collectors.groupingBy(WorkbookScan.WordingHit::edition, LinkedHashMap::new, Collectors.counting()));
            Optional<Edition> content = counts.entrySet().stream()
                    .max(Comparator.comparingLong(Map.Entry<Edition, Long>::getValue))
                    .map(Map.Entry::getKey);
            String where = content.map(e -> firstWording(scan, e)).orElse(null);
            // A workbook half-updated for the next quarter names two: which one it is, only a person can say.
            String conflict = counts.size() < 2 ? null : counts.keySet().stream()
                    .map(e -> e + " (" + firstWording(scan, e) + ")").collect(Collectors.joining(" and "));
            return new FileEdition(path, input, content, where, conflict, counts.keySet(), byName, null);
        } catch (InputFileException e) {
            return new FileEdition(path, input, byName, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new FileEdition(path, input, byName, "file " + fileName + " cannot be read (" + e + ")");
        }
    }

    /**
     * The wording that decides a file's edition: titles and "as at" lines, and a notes sheet's
     * only when nothing else, not even the file's name, names one (a note that a route opened
     * "at the end of September 2018" does not contradict the title).
     */
    private static List<WorkbookScan.WordingHit> deciding(WorkbookScan scan, boolean named) {
        List<WorkbookScan.WordingHit> outsideNotes = scan.wording().stream().filter(hit -> !hit.note()).toList();
        return outsideNotes.isEmpty() && !named ? scan.wording() : outsideNotes;
    }

    private static String firstWording(WorkbookScan scan, Edition edition) {
        return scan.wording().stream().filter(h -> h.edition().equals(edition)).findFirst()
                .map(h -> "sheet '" + h.sheet() + "', row " + h.row() + ": '" + h.text() + "'").orElseThrow();
    }

    private static List<Unit> units(Path input, List<String> nested) throws IOException {
        if (Files.isRegularFile(input)) {
            return List.of(new Unit(input.getFileName().toString(), false, List.of(input)));
        }
        List<Unit> units = new ArrayList<>();
        List<Path> loose = new ArrayList<>();
        for (Path entry : list(input)) {
            if (Files.isDirectory(entry)) {
                List<Path> entries = list(entry);
                List<Path> files = entries.stream().filter(Files::isRegularFile).toList();
                if (!files.isEmpty()) {
                    units.add(new Unit(entry.getFileName().toString(), true, files));
                } else if (entries.stream().anyMatch(Files::isDirectory)) {
                    nested.add(entry.getFileName().toString());
                }
            } else if (Files.isRegularFile(entry)) {
                loose.add(entry);
            }
        }
        for (Path file : loose) {
            units.add(new Unit(file.getFileName().toString(), false, List.of(file)));
        }
        return units;
    }

    /** Files an operating system leaves in folders, as .DS_Store (hidden, so already passed over) on a Mac. */
    private static final Set<String> OS_FILES = Set.of("thumbs.db", "desktop.ini");

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .filter(p -> !OS_FILES.contains(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing((Function<Path, String>) p -> p.getFileName().toString()))
                    .toList();
        }
    }
}
