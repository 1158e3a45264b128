package uk.datashares.publish.tables;

/** An indicator column: its label, unit ("" or "%"), display decimals and grouping. */
public record IndicatorSpec(String column, String label, String unit, int decimals, String grouping) {

    public static IndicatorSpec count(String column, String label) {
        return new IndicatorSpec(column, label, "", 0, "");
    }

    public static IndicatorSpec count(String column, String label, String grouping) {
        return new IndicatorSpec(column, label, "", 0, grouping);
    }

    public static IndicatorSpec percent(String column, String label, String grouping) {
        return new IndicatorSpec(column, label, "%", 1, grouping);
    }
}
