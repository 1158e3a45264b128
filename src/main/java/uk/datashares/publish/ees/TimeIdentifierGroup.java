package uk.datashares.publish.ees;

import java.util.List;
import java.util.Optional;

/**
 * The time identifiers our tables may use, by group, with the time_period each group needs.
 * EES knows more groups (academic and calendar years, terms, weeks ...) but PUBLISHING.md allows
 * only these two: an edition is a financial-year quarter, the Home Office series is monthly.
 */
enum TimeIdentifierGroup {

    FINANCIAL_YEAR_QUARTERS("financial-year quarters", 6,
            List.of("Financial year Q1", "Financial year Q2", "Financial year Q3", "Financial year Q4")),
    MONTHS("months", 4, List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"));

    private final String description;
    private final int periodDigits;
    private final List<String> identifiers;

    TimeIdentifierGroup(String description, int periodDigits, List<String> identifiers) {
        this.description = description;
        this.periodDigits = periodDigits;
        this.identifiers = identifiers;
    }

    static Optional<TimeIdentifierGroup> of(String identifier) {
        for (TimeIdentifierGroup group : values()) {
            if (group.identifiers.contains(identifier)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    String description() {
        return description;
    }

    /** Digits of time_period: 6 (202324) for financial-year quarters, 4 (2024) for months. */
    int periodDigits() {
        return periodDigits;
    }

    List<String> identifiers() {
        return identifiers;
    }
}
