package uk.datashares.publish.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The pages' one stylesheet, inline, and the head every page starts with. The page declares a
 * Content-Security-Policy of {@code default-src 'none'}: the browser may fetch nothing (no
 * script, font, image, frame or stylesheet), and may only apply this stylesheet, named by its
 * hash. System fonts only; colours meet WCAG AA contrast; a print stylesheet drops the
 * navigation and scroll boxes.
 */
final class PageStyle {

    static final String CSS = """
            :root{color-scheme:light}
            *{box-sizing:border-box}
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:1.0625rem;line-height:1.5;color:#0b0c0c;background:#fff}
            a{color:#1d70b8;text-underline-offset:.15em}
            a:visited{color:#4c2c92}
            a:hover{color:#003078;text-decoration-thickness:3px}
            a:focus,.scroll:focus{outline:3px solid #ffdd00;outline-offset:0;background:#ffdd00;color:#0b0c0c;box-shadow:0 4px #0b0c0c}
            .scroll:focus{background:#fff}
            .skip-link{position:absolute;left:-9999px;top:0;padding:.5rem 1rem;background:#ffdd00;color:#0b0c0c;z-index:10}
            .skip-link:focus{left:0}
            .wrap{max-width:66rem;margin:0 auto;padding:0 1.25rem}
            .masthead{background:#0b0c0c;color:#fff;padding:.75rem 0}
            .masthead a,.masthead a:visited{color:#fff}
            .masthead a:focus{color:#0b0c0c}
            .brand{font-weight:700;font-size:1.2rem;margin:0}
            .crumbs{list-style:none;margin:.25rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .5rem}
            .crumbs li+li::before{content:"\\203A";margin-right:.5rem}
            .tag{display:inline-block;margin:1.5rem 0 0;padding:.15rem .5rem;border:2px solid #0b0c0c;font-weight:700;font-size:.95rem}
            h1{font-size:2.4rem;line-height:1.15;margin:.75rem 0 1rem}
            h2{font-size:1.65rem;line-height:1.2;margin:3rem 0 1rem;padding-top:1rem;border-top:1px solid #b1b4b6}
            h3{font-size:1.25rem;line-height:1.25;margin:2rem 0 .5rem}
            .lede{font-size:1.3rem;max-width:40em;margin:0 0 1.25rem}
            p,li{max-width:46em}
            .meta{display:flex;flex-wrap:wrap;gap:.5rem 2.5rem;margin:0 0 1.5rem;padding:0}
            .meta div{min-width:8rem}
            .meta dt{font-weight:700;color:#505a5f;font-size:.95rem}
            .meta dd{margin:0}
            .notice{border-left:6px solid #1d70b8;padding:.5rem 1rem;background:#f3f2f1;margin:0 0 1.5rem}
            .toc ul{columns:2 16rem;padding-left:1.25rem;margin:0}
            .toc h2{border:0;margin-top:1.5rem;font-size:1.2rem}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(18rem,100%),1fr));gap:1.25rem;list-style:none;margin:0;padding:0}
            .card{border:1px solid #b1b4b6;border-top:6px solid #12436d;padding:1rem 1.25rem;max-width:none}
            .card h3{margin:0 0 .5rem;font-size:1.1rem;color:#505a5f}
            .figure{font-size:2.6rem;font-weight:700;line-height:1.1;margin:0}
            .figure-label{font-weight:700;margin:.25rem 0 .75rem}
            .card p{margin:.35rem 0}
            .card ol{margin:.5rem 0 0;padding-left:1.25rem}
            .card ol li{margin:.1rem 0}
            .chart-wrap{overflow-x:auto;margin:0 0 1rem}
            svg.chart{display:block;width:100%;min-width:34rem;max-width:52rem;height:auto}
            table{border-collapse:collapse;width:100%;margin:0 0 1rem;font-size:1rem}
            caption{text-align:left;font-weight:700;padding:.5rem 0;font-size:1.05rem}
            th,td{border-bottom:1px solid #b1b4b6;padding:.45rem 1rem .45rem 0;text-align:left;vertical-align:top}
            thead th{border-bottom:2px solid #0b0c0c}
            tbody th{font-weight:400}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            .date{white-space:nowrap}
            th.num{text-align:right}
            .emphasis th,.emphasis td{font-weight:700}
            .scroll{max-height:26rem;overflow:auto;border:1px solid #b1b4b6;padding:0 .75rem;margin:0 0 1rem}
            .hint{color:#505a5f;font-size:.95rem}
            .visually-hidden{position:absolute;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
            .button,.button:visited{display:inline-block;margin:1.25rem 0 .5rem;padding:.55rem 1rem;background:#00703c;color:#fff;font-weight:700;text-decoration:none;box-shadow:0 2px 0 #002d18}
            .button:hover{background:#005a30;color:#fff}
            .files{padding-left:1.25rem}
            .files li{margin:.45rem 0}
            code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.95em;background:#f3f2f1;padding:0 .2em}
            .current{display:inline-block;padding:0 .4rem;border:2px solid #00703c;color:#00703c;font-weight:700;font-size:.9rem}
            footer{border-top:1px solid #b1b4b6;margin-top:3rem;padding:1rem 0 2.5rem;color:#505a5f;font-size:.95rem}
            @media (max-width:40rem){h1{font-size:1.8rem}.figure{font-size:2.1rem}.lede{font-size:1.15rem}}
            @media print{
            body{font-size:10.5pt;color:#000}
            .skip-link,.toc{display:none}
            .masthead{background:none;color:#000;border-bottom:2px solid #000}
            .masthead a,.masthead a:visited,a,a:visited{color:#000}
            .wrap{max-width:none;padding:0}
            .scroll{max-height:none;overflow:visible;border:0;padding:0}
            .chart-wrap{overflow:visible}
            svg.chart{min-width:0;max-width:100%}
            .card,svg.chart,.meta{break-inside:avoid}
            h2,h3,caption{break-after:avoid}
            h2{margin-top:1.5rem}
            .files a[href]::after{content:" (" attr(href) ")";font-size:90%}
            .button,.button:visited{background:none;color:#000;box-shadow:none;padding:0}
            }
            """;

    /** The policy: nothing may be fetched, and only this stylesheet applies. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + hash(CSS) + "'; img-src 'none';"
            + " base-uri 'none'; form-action 'none'";

    private PageStyle() {
    }

    static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<meta name=\"generator\" content=\"datashares\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n");
    }

    private static String hash(String css) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
