package uk.datashares.run;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import uk.datashares.edition.InputProblem;
import uk.datashares.store.InputProblemRepository;
import uk.datashares.store.ReleaseRecord;
import uk.datashares.store.ReleaseRepository;

/** What {@code status} shows: editions and their revisions, open findings, input the last run could not use, recent job executions. */
public class StatusReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int EXECUTIONS_SHOWN = 15;

    private final JdbcTemplate jdbc;
    private final ReleaseRepository releases;
    private final InputProblemRepository inputProblems;

    public StatusReport(JdbcTemplate jdbc, ReleaseRepository releases, InputProblemRepository inputProblems) {
        this.jdbc = jdbc;
        this.releases = releases;
        this.inputProblems = inputProblems;
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        List<ReleaseRecord> all = releases.all();
        out.append("Editions\n");
        if (all.isEmpty()) {
            out.append("  none published yet: run 'datashares run'\n");
        }
        String edition = null;
        for (int i = 0; i < all.size(); i++) {
            ReleaseRecord release = all.get(i);
            boolean current = i + 1 == all.size() || !all.get(i + 1).edition().equals(release.edition());
            if (!release.edition().equals(edition)) {
                edition = release.edition();
                out.append("  ").append(edition).append('\n');
            }
            out.append(String.format("    r%-3d %s UTC  %s%s%n", release.revision(), TIME.format(release.publishedAt()),
                    current ? "(current) " : "", release.reason()));
            if (current) {
                appendFindings(out, release);
            }
        }
        appendInputProblems(out);
        out.append("\nRecent job executions\n");
        List<Map<String, Object>> executions = jdbc.queryForList("""
                select e.job_execution_id, e.status, e.exit_message, e.start_time, e.end_time,
                       max(case when p.parameter_name = 'edition' then p.parameter_value end) as edition,
                       max(case when p.parameter_name = 'request' then p.parameter_value end) as request
                from batch_job_execution e left join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
                group by e.job_execution_id, e.status, e.exit_message, e.start_time, e.end_time
                order by e.job_execution_id desc limit ?""", EXECUTIONS_SHOWN);
        if (executions.isEmpty()) {
            out.append("  none yet\n");
        }
        for (Map<String, Object> execution : executions) {
            LocalDateTime start = toLocal(execution.get("start_time"));
            LocalDateTime end = toLocal(execution.get("end_time"));
            String message = (String) execution.get("exit_message");
            // An interrupted execution ended when a later run noticed it, not when its process died.
            boolean interrupted = message != null && message.startsWith(QuarterlyRun.INTERRUPTED);
            String took = start != null && end != null && !interrupted
                    ? String.format("%.1f s", Duration.between(start, end).toMillis() / 1000.0) : "";
            String status = String.valueOf(execution.get("status"));
            if ("STARTED".equals(status) && end == null) {
                status = "STARTED (running, or interrupted: the next run resumes it)";
            } else if ("UNKNOWN".equals(status)) {
                status = "UNKNOWN (the database connection failed as a step ended: the next run, or the same rerun, resumes it)";
            }
            out.append(String.format("  #%-4s %-8s %-16s %-9s %-19s %s%n", execution.get("job_execution_id"), execution.get("edition"),
                    execution.get("request"), status, start == null ? "" : TIME.format(start), took));
            if (message != null && !message.isBlank() && !"COMPLETED".equals(execution.get("status"))) {
                out.append("        ").append(firstLine(message)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Input the last run could not make an edition of, and editions it refused before starting
     * their job (a current release missing from the output): no job started, so the executions
     * below do not show them.
     */
    private void appendInputProblems(StringBuilder out) {
        InputProblemRepository.LastRun last = inputProblems.lastRun();
        if (last.problems().isEmpty()) {
            return;
        }
        out.append("\nInput not processed by the last ").append(last.request()).append(" (")
                .append(TIME.format(last.noticedAt().atZoneSameInstant(ZoneOffset.UTC))).append(" UTC)\n");
        for (InputProblem problem : last.problems()) {
            out.append("  ").append(problem.where()).append(": ").append(problem.message()).append('\n');
        }
    }

    private void appendFindings(StringBuilder out, ReleaseRecord release) {
        List<Map<String, Object>> kinds = jdbc.queryForList(
                "select kind, count(*) as n from finding where load_id = ? group by kind order by kind", release.loadId());
        if (kinds.isEmpty()) {
            out.append("         no data-quality findings\n");
            return;
        }
        long total = kinds.stream().mapToLong(k -> ((Number) k.get("n")).longValue()).sum();
        out.append("         ").append(total).append(" data-quality finding(s): ");
        out.append(String.join(", ", kinds.stream().map(k -> k.get("n") + " " + k.get("kind").toString().toLowerCase().replace('_', ' ')).toList()));
        out.append(" (").append(release.folder()).append("/findings.csv)\n");
    }

    private static LocalDateTime toLocal(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof LocalDateTime time) {
            return time;
        }
        return null;
    }

    /** A Java exception's class name leading an exit message ("uk.datashares.batch.StrictFindingsException: "). */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("^(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

    private static String firstLine(String message) {
        String line = EXCEPTION_NAME.matcher(message.lines().findFirst().orElse("")).replaceFirst("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
