package uk.datashares.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.datashares.benchmark.ExternalProgram;

/**
 * Debian's Chromium run headless with the flags the issue gives (--headless --no-sandbox
 * --disable-gpu --disable-background-networking), in a fresh profile, with every host name
 * resolving to nothing (--host-resolver-rules="MAP * ~NOTFOUND") so no request can leave the
 * machine, its network log written (--log-net-log) and its console logged to stderr.
 */
public final class Chromium {

    /** A run: what it printed and the network log it wrote. */
    public record Run(String stdout, String stderr, String netLog) {

        /**
         * URLs the page itself asked the network for. The network log records every request
         * with its initiator: requests a page loaded from a file makes have the opaque origin
         * "null" (or file://) as initiator, and file:// in their network isolation key, while
         * Chromium's own housekeeping (component updates and the like) has "not an origin".
         */
        public List<String> pageRequests() {
            List<String> urls = new ArrayList<>();
            Pattern url = Pattern.compile("\"url\":\"([^\"]*)\"");
            for (String line : netLog.split("\n")) {
                boolean byPage = line.contains("\"initiator\":\"null\"") || line.contains("\"initiator\":\"file:")
                        || line.contains("\"network_isolation_key\":\"file:");
                Matcher m = url.matcher(line);
                if (byPage && m.find()) {
                    urls.add(m.group(1));
                }
            }
            return urls;
        }

        /** Console messages saying the page's Content-Security-Policy stopped something. */
        public List<String> securityPolicyViolations() {
            return stderr.lines().filter(l -> l.contains("Content Security Policy") || l.contains("Refused to")).toList();
        }
    }

    private Chromium() {
    }

    public static Optional<Path> executable() {
        return ExternalTool.find(List.of("chromium"), List.of("/usr/bin/chromium"));
    }

    /** Takes a screenshot of the page at the given window size. */
    public static Run screenshot(Path page, Path png, int width, int height, Path workDir) throws IOException, InterruptedException {
        return run(workDir, "screenshot", List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png), page);
    }

    /** Loads the page and prints its DOM. */
    public static Run dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
        return run(workDir, "dom", List.of("--dump-dom"), page);
    }

    private static Run run(Path workDir, String name, List<String> extra, Path page) throws IOException, InterruptedException {
        Path chromium = executable().orElseThrow(() -> new IllegalStateException("Chromium is not installed"));
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path netLog = workDir.resolve(name + "-" + profile.getFileName() + ".netlog.json");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND",
                "--log-net-log=" + netLog, "--enable-logging=stderr", "--v=0"));
        command.addAll(extra);
        command.add(page.toUri().toString());
        ExternalProgram.Result result = ExternalTool.run(command, workDir, Map.of("HOME", workDir.toString()), Duration.ofMinutes(2));
        if (result.exitCode() != 0) {
            throw new AssertionError("Chromium failed (" + result.exitCode() + "): " + result.stderr());
        }
        return new Run(result.stdout(), result.stderr(), Files.exists(netLog) ? Files.readString(netLog) : "");
    }
}
