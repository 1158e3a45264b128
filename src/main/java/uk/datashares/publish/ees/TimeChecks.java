package uk.datashares.publish.ees;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static uk.datashares.publish.ees.EesCheck.TIME_IDENTIFIER_MIX;
import static uk.datashares.publish.ees.EesCheck.TIME_IDENTIFIER_VALID;
import static uk.datashares.publish.ees.EesCheck.TIME_PERIOD_CONSECUTIVE;
import static uk.datashares.publish.ees.EesCheck.TIME_PERIOD_FORMAT;
import static uk.datashares.publish.ees.EesCheck.TIME_PERIOD_LENGTH;
import static uk.datashares.publish.ees.EesStandard.TIME_IDENTIFIER;
import static uk.datashares.publish.ees.EesStandard.TIME_PERIOD;
import static uk.datashares.publish.ees.EesStandard.quote;

/**
 * time_period and time_identifier on every row: quarters as {@code Financial year Q1..Q4} with a
 * six-digit period of consecutive years (202324), months {@code January..December} with a
 * four-digit year, and one group of identifiers per file.
 */
final class TimeChecks {

    private static final Pattern FOUR_OR_SIX_DIGITS = Pattern.compile("[0-9]{4}([0-9]{2})?");

    private TimeChecks() {
    }

    static void check(CsvTable data, ProblemLog log) {
        String file = data.fileName();
        int periodColumn = data.indexOf(TIME_PERIOD);
        int identifierColumn = data.indexOf(TIME_IDENTIFIER);
        TimeIdentifierGroup fileGroup = null;
        int fileGroupLine = 0;
        for (CsvTable.Row row : data.rows()) {
            String period = row.cell(periodColumn);
            String identifier = row.cell(identifierColumn);
            boolean periodOk = checkPeriodFormat(file, row.line(), period, log);
            Optional<TimeIdentifierGroup> group = TimeIdentifierGroup.of(identifier);
            if (group.isEmpty()) {
                log.report(TIME_IDENTIFIER_VALID, file, row.line(), TIME_IDENTIFIER, "time_identifier " + quote(identifier)
                        + " is not allowed; " + identifierHint(identifier));
                continue;
            }
            if (fileGroup == null) {
                fileGroup = group.get();
                fileGroupLine = row.line();
            } else if (group.get() != fileGroup) {
                log.report(TIME_IDENTIFIER_MIX, file, row.line(), TIME_IDENTIFIER, "time_identifier " + quote(identifier)
                        + " is one of the " + group.get().description() + ", but line " + fileGroupLine + " has "
                        + fileGroup.description() + "; one file uses one group of time identifiers");
            }
            if (periodOk) {
                checkPeriodSuitsIdentifier(file, row.line(), period, identifier, group.get(), log);
            }
        }
    }

    private static boolean checkPeriodFormat(String file, int line, String period, ProblemLog log) {
        if (!FOUR_OR_SIX_DIGITS.matcher(period).matches()) {
            log.report(TIME_PERIOD_FORMAT, file, line, TIME_PERIOD, "time_period " + quote(period)
                    + " must be a four-digit year (2024) or six digits of two years (202324)");
            return false;
        }
        if (period.length() == 6) {
            int first = Integer.parseInt(period.substring(2, 4));
            int second = Integer.parseInt(period.substring(4, 6));
            if ((first + 1) % 100 != second) {
                log.report(TIME_PERIOD_CONSECUTIVE, file, line, TIME_PERIOD, "time_period " + quote(period)
                        + " must be two consecutive years, such as 202324 for 2023-24");
            }
        }
        return true;
    }

    private static void checkPeriodSuitsIdentifier(String file, int line, String period, String identifier,
                                                   TimeIdentifierGroup group, ProblemLog log) {
        if (period.length() != group.periodDigits()) {
            String example = group == TimeIdentifierGroup.MONTHS ? "the calendar year, such as 2024"
                    : "the financial year as six digits, such as 202324";
            log.report(TIME_PERIOD_LENGTH, file, line, TIME_PERIOD, "time_identifier " + quote(identifier)
                    + " needs a " + group.periodDigits() + "-digit time_period (" + example + "), not " + quote(period));
        }
    }

    private static String identifierHint(String identifier) {
        String lower = identifier.toLowerCase(Locale.ROOT);
        if (lower.contains("q")) {
            return "quarters are written 'Financial year Q1' ... 'Financial year Q4'";
        }
        for (TimeIdentifierGroup group : TimeIdentifierGroup.values()) {
            for (String allowed : group.identifiers()) {
                if (allowed.equalsIgnoreCase(identifier.strip())
                        || (lower.length() >= 3 && allowed.toLowerCase(Locale.ROOT).startsWith(lower))) {
                    return "write it exactly " + quote(allowed);
                }
            }
        }
        return "use 'Financial year Q1' ... 'Financial year Q4', or a month 'January' ... 'December'";
    }
}
