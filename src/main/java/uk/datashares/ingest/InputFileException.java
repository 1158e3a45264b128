package uk.datashares.ingest;

/**
 * Input that cannot be read or understood. The message names the file and, where known, the
 * sheet, row and column, says what is wrong and what would fix it. Such input is rejected:
 * nothing of its edition is stored or published.
 */
public class InputFileException extends RuntimeException {

    private final String file;
    private final String sheet;
    private final Integer row;
    private final String column;
    private final String problem;
    private final String advice;

    public InputFileException(String file, String sheet, Integer row, String column, String problem, String advice) {
        this(file, sheet, row, column, problem, advice, null);
    }

    public InputFileException(String file, String sheet, Integer row, String column, String problem, String advice,
                              Throwable cause) {
        super(format(file, sheet, row, column, problem, advice), cause);
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.problem = problem;
        this.advice = advice;
    }

    public static InputFileException ofFile(String file, String problem, String advice) {
        return new InputFileException(file, null, null, null, problem, advice);
    }

    public static InputFileException ofFile(String file, String problem, String advice, Throwable cause) {
        return new InputFileException(file, null, null, null, problem, advice, cause);
    }

    private static String format(String file, String sheet, Integer row, String column, String problem, String advice) {
        StringBuilder out = new StringBuilder();
        out.append("file ").append(file);
        if (sheet != null) {
            out.append(", sheet '").append(sheet).append('\'');
        }
        if (row != null) {
            out.append(", row ").append(row);
        }
        if (column != null) {
            out.append(", column '").append(column).append('\'');
        }
        out.append(": ").append(problem);
        if (advice != null && !advice.isBlank()) {
            out.append(". ").append(advice);
        }
        return out.toString();
    }

    public String file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    public Integer row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    public String advice() {
        return advice;
    }
}
