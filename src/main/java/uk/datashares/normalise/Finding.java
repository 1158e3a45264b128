package uk.datashares.normalise;

/**
 * A data-quality finding: where (file, sheet, row, field), the raw value, and why it is a
 * finding. Findings are kept with the edition and published with it.
 */
public record Finding(String file, String sheet, Integer row, String field, String rawValue, FindingKind kind, String reason) {

    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(file);
        if (sheet != null) {
            out.append(", sheet '").append(sheet).append('\'');
        }
        if (row != null) {
            out.append(", row ").append(row);
        }
        if (field != null) {
            out.append(", ").append(field);
        }
        out.append(": ").append(kind.name().toLowerCase().replace('_', ' '));
        if (rawValue != null && !rawValue.isEmpty()) {
            out.append(" '").append(rawValue.replace("\n", "\\n")).append('\'');
        }
        out.append(" (").append(reason).append(')');
        return out.toString();
    }
}
