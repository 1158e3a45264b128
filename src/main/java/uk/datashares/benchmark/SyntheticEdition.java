package uk.datashares.benchmark;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic era-B edition (June 2022) of any number of DSAP-approved shares, for the
 * benchmark. Each share is a row of the published June 2022 register (all its spelling
 * variants, multi-valued cells, sentinels and date styles) picked at random with a fixed seed,
 * given its own reference and a numbered project title so that no two rows are alike. The
 * edition's classification sheet comes with it, as published.
 */
public final class SyntheticEdition {

    static final String EDITION = "2022-06";
    static final String FILE_STEM = "DfE_external_data_shares_June_2022";
    private static final String EDITION_LINE = "DfE external data shares: June 2022";
    private static final int REFERENCE = 0;
    private static final int TITLE = 3;

    private final long shares;
    private final long seed;
    private final List<String> shareHeader;
    private final List<List<String>> sharePool;
    private final List<String> classificationHeader;
    private final List<List<String>> classifications;

    public SyntheticEdition(long shares, long seed) {
        if (shares < 1) {
            throw new IllegalArgumentException("A synthetic edition needs at least one share, not " + shares);
        }
        this.shares = shares;
        this.seed = seed;
        List<List<String>> pool = resource("dsap-rows.csv");
        this.shareHeader = pool.get(0);
        this.sharePool = pool.subList(1, pool.size());
        List<List<String>> levels = resource("classification-rows.csv");
        this.classificationHeader = levels.get(0);
        this.classifications = levels.subList(1, levels.size());
    }

    public long shares() {
        return shares;
    }

    /** The sheets in published order: the classification of data, then the DSAP-approved shares. */
    public List<SyntheticSheet> sheets() {
        SyntheticSheet classification = new SyntheticSheet("Classification of data", "Classification_of_data",
                classificationHeader.size(), sink -> {
                    sink.row(List.of("Classification of data - understanding the data we share"));
                    sink.row(List.of(EDITION_LINE));
                    sink.row(List.of());
                    sink.row(classificationHeader);
                    for (List<String> row : classifications) {
                        sink.row(row);
                    }
                });
        SyntheticSheet approved = new SyntheticSheet("DSAP approved shares", "DSAP_approved_shares", shareHeader.size(), sink -> {
            sink.row(List.of("DfE external third-party data shares approved by the Data Sharing Approvals Panel (DSAP)"
                    + " from May 2018 to end of June 2022"));
            sink.row(List.of(EDITION_LINE));
            sink.row(List.of());
            sink.row(shareHeader);
            SplittableRandom random = new SplittableRandom(seed);
            for (long n = 1; n <= shares; n++) {
                sink.row(share(n, sharePool.get(random.nextInt(sharePool.size()))));
            }
            sink.row(List.of());
            sink.row(List.of("Source: Department for Education."));
        });
        return List.of(classification, approved);
    }

    private static List<String> share(long n, List<String> template) {
        List<String> row = new ArrayList<>(template);
        row.set(REFERENCE, String.format("DS%07d", n));
        String title = row.get(TITLE);
        if (!title.isBlank()) {
            row.set(TITLE, title.strip() + " (study " + n + ")");
        }
        return row;
    }

    private static List<List<String>> resource(String name) {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                SyntheticEdition.class.getResourceAsStream("/benchmark/" + name), name), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (String[] row : csv.readAll()) {
                rows.add(List.of(row));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException("Benchmark resource " + name + " is not valid CSV", e);
        }
    }
}
