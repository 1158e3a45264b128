package uk.datashares.publish.page;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The release page's charts, drawn as inline SVG: nothing is fetched and nothing runs. Each
 * chart has role="img", a title and a description (a text alternative) named by
 * aria-labelledby; its data table follows it on the page. Series differ in pattern or line
 * style as well as colour, segments are separated by white gaps, and values and series are
 * labelled directly, so nothing depends on telling colours apart. Every colour takes white text
 * at 4.5:1 or more and stands at 3:1 or more against the white page.
 */
final class Charts {

    /** A series: its name, colour and fill pattern (or line style). */
    record Series(String label, String colour, Pattern pattern) {
    }

    enum Pattern { SOLID, STRIPES, DOTS, LINES, CROSSHATCH }

    static final String DARK_BLUE = "#12436D";
    static final String ORANGE = "#A8430E";
    static final String GREY = "#505A5F";
    static final String TEAL = "#1F7A72";
    static final String PINK = "#801650";
    static final String TEXT = "#0B0C0C";
    static final String GRID = "#B1B4B6";
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private static final int WIDTH = 760;
    private static final int FONT_SIZE = 14;
    private static final int SMALL = 13;
    private static final int BAR = 28;
    private static final int BAR_GAP = 14;

    private Charts() {
    }

    /**
     * Horizontal bars, one per row, each stacked from the series' values; the end label of each
     * bar is given (its total, say). Rows marked emphasised have bold labels.
     */
    static String bars(String id, String title, String description, List<String> rows, List<Boolean> emphasised,
                       List<Series> series, long[][] values, List<String> endLabels) {
        double labelWidth = 0;
        for (String row : rows) {
            labelWidth = Math.max(labelWidth, textWidth(row, FONT_SIZE, true));
        }
        double endWidth = 0;
        for (String end : endLabels) {
            endWidth = Math.max(endWidth, textWidth(end, FONT_SIZE, false));
        }
        double left = Math.max(80, labelWidth + 16);
        double right = endWidth + 16;
        List<String> legend = new ArrayList<>();
        double legendHeight = series.size() > 1 ? legend(id, series, legend) : 0;
        double top = legendHeight + 8;
        double plotWidth = WIDTH - left - right;
        long max = 0;
        for (long[] row : values) {
            long sum = 0;
            for (long v : row) {
                sum += v;
            }
            max = Math.max(max, sum);
        }
        long[] ticks = ticks(max);
        long axisMax = ticks[ticks.length - 1];
        double plotHeight = rows.size() * (BAR + BAR_GAP) - BAR_GAP;
        double height = top + plotHeight + 34;

        StringBuilder svg = open(id, title, description, height);
        svg.append("<defs>");
        for (int s = 0; s < series.size(); s++) {
            svg.append(pattern(id, s, series.get(s)));
        }
        svg.append("</defs>");
        legend.forEach(svg::append);
        for (long tick : ticks) {
            double x = left + plotWidth * tick / axisMax;
            svg.append("<line x1=\"").append(Html.px(x)).append("\" y1=\"").append(Html.px(top - 4)).append("\" x2=\"").append(Html.px(x))
                    .append("\" y2=\"").append(Html.px(top + plotHeight + 4)).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"1\"/>");
            svg.append(text(x, top + plotHeight + 22, Html.count(tick), "middle", SMALL, false, TEXT));
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * (BAR + BAR_GAP);
            svg.append(text(left - 10, y + BAR / 2.0 + 5, rows.get(r), "end", FONT_SIZE, emphasised.get(r), TEXT));
            double x = left;
            for (int s = 0; s < series.size(); s++) {
                long value = values[r][s];
                if (value == 0) {
                    continue;
                }
                double width = plotWidth * value / axisMax;
                svg.append("<rect x=\"").append(Html.px(x)).append("\" y=\"").append(Html.px(y)).append("\" width=\"").append(Html.px(width))
                        .append("\" height=\"").append(BAR).append("\" fill=\"").append(fill(id, s, series.get(s)))
                        .append("\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"/>");
                String label = Html.count(value);
                if (series.size() > 1 && width >= textWidth(label, SMALL, true) + 10) {
                    svg.append(haloText(x + width / 2, y + BAR / 2.0 + 4.5, label, series.get(s).colour()));
                }
                x += width;
            }
            svg.append(text(x + 6, y + BAR / 2.0 + 5, endLabels.get(r), "start", FONT_SIZE, emphasised.get(r), TEXT));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Lines over consecutive months, with a gap where a value is missing; each line is labelled
     * at its right-hand end and years are marked on the axis.
     */
    static String lines(String id, String title, String description, List<YearMonth> months, List<Series> series,
                        List<List<OptionalLong>> values) {
        double left = 56;
        double right = 40;
        for (Series line : series) {
            right = Math.max(right, 24 + textWidth(line.label(), FONT_SIZE, true) + 16);
        }
        double top = 16;
        double plotHeight = 260;
        double height = top + plotHeight + 40;
        double plotWidth = WIDTH - left - right;
        long max = 0;
        for (List<OptionalLong> line : values) {
            for (OptionalLong v : line) {
                if (v.isPresent()) {
                    max = Math.max(max, v.getAsLong());
                }
            }
        }
        long[] ticks = ticks(max);
        long axisMax = ticks[ticks.length - 1];
        YearMonth first = months.get(0);
        long span = Math.max(1, monthsBetween(first, months.get(months.size() - 1)));

        StringBuilder svg = open(id, title, description, height);
        for (long tick : ticks) {
            double y = top + plotHeight - plotHeight * tick / axisMax;
            svg.append("<line x1=\"").append(Html.px(left)).append("\" y1=\"").append(Html.px(y)).append("\" x2=\"")
                    .append(Html.px(left + plotWidth)).append("\" y2=\"").append(Html.px(y)).append("\" stroke=\"").append(GRID)
                    .append("\" stroke-width=\"1\"/>");
            svg.append(text(left - 8, y + 4.5, Html.count(tick), "end", SMALL, false, TEXT));
        }
        int years = months.get(months.size() - 1).getYear() - first.getYear() + 1;
        int every = years > 12 ? 2 : 1;
        for (int year = first.getYear(); year <= months.get(months.size() - 1).getYear(); year++) {
            YearMonth january = YearMonth.of(year, Month.JANUARY);
            if (january.isBefore(first) || (year - first.getYear()) % every != 0) {
                continue;
            }
            double x = left + plotWidth * monthsBetween(first, january) / span;
            svg.append("<line x1=\"").append(Html.px(x)).append("\" y1=\"").append(Html.px(top + plotHeight)).append("\" x2=\"")
                    .append(Html.px(x)).append("\" y2=\"").append(Html.px(top + plotHeight + 6)).append("\" stroke=\"").append(TEXT)
                    .append("\" stroke-width=\"1\"/>");
            svg.append(text(x, top + plotHeight + 22, Integer.toString(year), "middle", SMALL, false, TEXT));
        }
        svg.append("<line x1=\"").append(Html.px(left)).append("\" y1=\"").append(Html.px(top + plotHeight)).append("\" x2=\"")
                .append(Html.px(left + plotWidth)).append("\" y2=\"").append(Html.px(top + plotHeight)).append("\" stroke=\"").append(TEXT)
                .append("\" stroke-width=\"1\"/>");
        double[] endY = new double[series.size()];
        for (int s = 0; s < series.size(); s++) {
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            endY[s] = Double.NaN;
            for (int m = 0; m < months.size(); m++) {
                OptionalLong value = values.get(s).get(m);
                if (value.isEmpty()) {
                    drawing = false;
                    continue;
                }
                double x = left + plotWidth * monthsBetween(first, months.get(m)) / span;
                double y = top + plotHeight - plotHeight * value.getAsLong() / axisMax;
                path.append(drawing ? " L" : (path.length() == 0 ? "M" : " M")).append(Html.px(x)).append(' ').append(Html.px(y));
                drawing = true;
                endY[s] = y;
            }
            Series line = series.get(s);
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(line.colour())
                    .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"")
                    .append(line.pattern() == Pattern.SOLID ? "" : " stroke-dasharray=\"7 4\"").append("/>");
        }
        double[] labelY = spread(endY, 18, top + 6, top + plotHeight);
        for (int s = 0; s < series.size(); s++) {
            if (Double.isNaN(endY[s])) {
                continue;
            }
            Series line = series.get(s);
            double x = left + plotWidth + 8;
            svg.append("<line x1=\"").append(Html.px(x)).append("\" y1=\"").append(Html.px(labelY[s])).append("\" x2=\"")
                    .append(Html.px(x + 18)).append("\" y2=\"").append(Html.px(labelY[s])).append("\" stroke=\"").append(line.colour())
                    .append("\" stroke-width=\"2.5\"").append(line.pattern() == Pattern.SOLID ? "" : " stroke-dasharray=\"7 4\"").append("/>");
            svg.append(text(x + 24, labelY[s] + 4.5, line.label(), "start", FONT_SIZE, true, TEXT));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, double height) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(Html.px(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" font-family=\"")
                .append(Html.escape(FONT)).append("\" font-size=\"").append(FONT_SIZE).append("\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>");
        return svg;
    }

    /** Lays out the legend across the top, wrapping; returns its height. */
    private static double legend(String id, List<Series> series, List<String> out) {
        double x = 0;
        double y = 0;
        for (int s = 0; s < series.size(); s++) {
            double width = 24 + textWidth(series.get(s).label(), FONT_SIZE, false) + 20;
            if (x > 0 && x + width > WIDTH) {
                x = 0;
                y += 26;
            }
            out.add("<rect x=\"" + Html.px(x) + "\" y=\"" + Html.px(y + 2) + "\" width=\"18\" height=\"18\" fill=\"" + fill(id, s, series.get(s))
                    + "\" stroke=\"" + TEXT + "\" stroke-width=\"1\"/>");
            out.add(text(x + 24, y + 16, series.get(s).label(), "start", FONT_SIZE, false, TEXT));
            x += width;
        }
        return y + 26;
    }

    private static String pattern(String id, int index, Series series) {
        String name = id + "-p" + index;
        String base = "<rect width=\"8\" height=\"8\" fill=\"" + series.colour() + "\"/>";
        return switch (series.pattern()) {
            case SOLID -> "";
            case STRIPES -> "<pattern id=\"" + name + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                    + base + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#FFFFFF\" stroke-opacity=\"0.5\" stroke-width=\"3\"/></pattern>";
            case DOTS -> "<pattern id=\"" + name + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">" + base
                    + "<circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#FFFFFF\" fill-opacity=\"0.6\"/></pattern>";
            case LINES -> "<pattern id=\"" + name + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">" + base
                    + "<line x1=\"0\" y1=\"4\" x2=\"8\" y2=\"4\" stroke=\"#FFFFFF\" stroke-opacity=\"0.5\" stroke-width=\"2\"/></pattern>";
            case CROSSHATCH -> "<pattern id=\"" + name + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                    + base + "<line x1=\"0\" y1=\"4\" x2=\"8\" y2=\"4\" stroke=\"#FFFFFF\" stroke-opacity=\"0.5\" stroke-width=\"1.5\"/>"
                    + "<line x1=\"4\" y1=\"0\" x2=\"4\" y2=\"8\" stroke=\"#FFFFFF\" stroke-opacity=\"0.5\" stroke-width=\"1.5\"/></pattern>";
        };
    }

    private static String fill(String id, int index, Series series) {
        return series.pattern() == Pattern.SOLID ? series.colour() : "url(#" + id + "-p" + index + ")";
    }

    private static String text(double x, double y, String text, String anchor, int size, boolean bold, String colour) {
        return "<text x=\"" + Html.px(x) + "\" y=\"" + Html.px(y) + "\" text-anchor=\"" + anchor + "\""
                + (size == FONT_SIZE ? "" : " font-size=\"" + size + "\"") + (bold ? " font-weight=\"bold\"" : "")
                + " fill=\"" + colour + "\">" + Html.escape(text) + "</text>";
    }

    /** White bold text with a halo of the segment's own colour, readable over its pattern. */
    private static String haloText(double x, double y, String text, String colour) {
        return "<text x=\"" + Html.px(x) + "\" y=\"" + Html.px(y) + "\" text-anchor=\"middle\" font-size=\"" + SMALL
                + "\" font-weight=\"bold\" fill=\"#FFFFFF\" stroke=\"" + colour + "\" stroke-width=\"3\" paint-order=\"stroke\">"
                + Html.escape(text) + "</text>";
    }

    /** A rough width of text in a sans-serif font, enough to lay out labels. */
    static double textWidth(String text, int size, boolean bold) {
        return text.length() * size * (bold ? 0.6 : 0.55);
    }

    /** Round axis ticks from 0 to at least max, about five of them. */
    static long[] ticks(long max) {
        if (max <= 0) {
            return new long[] {0, 1};
        }
        double raw = max / 5.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normal = raw / magnitude;
        double step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10) * magnitude;
        long whole = Math.max(1, Math.round(step));
        long top = ((max + whole - 1) / whole) * whole;
        long[] ticks = new long[(int) (top / whole) + 1];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = i * whole;
        }
        return ticks;
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
    }

    /** Moves label positions apart to at least gap, keeping their order and staying within bounds. */
    static double[] spread(double[] wanted, double gap, double min, double max) {
        int n = wanted.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Double.isNaN(wanted[a]) ? max : wanted[a], Double.isNaN(wanted[b]) ? max : wanted[b]));
        double[] placed = new double[n];
        double previous = Double.NEGATIVE_INFINITY;
        for (Integer i : order) {
            double y = Double.isNaN(wanted[i]) ? max : Math.max(Math.max(wanted[i], min), previous + gap);
            placed[i] = y;
            previous = y;
        }
        double overflow = previous - max;
        if (overflow > 0) {
            for (int i = 0; i < n; i++) {
                placed[i] -= overflow;
            }
        }
        return placed;
    }
}
