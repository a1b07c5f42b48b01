package io.custos.platform.csv;

/** Cells of the CSV files Custos writes, as spreadsheets will open them. */
public final class CsvCells {

    private CsvCells() {}

    /**
     * The value as a cell's text ("" for none), a leading formula character ({@code = + - @})
     * escaped with an apostrophe so that a spreadsheet shows it instead of running it.
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** {@link #text} as an RFC 4180 quoted field, for CSV written by hand; none stays an empty field. */
    public static String quoted(Object value) {
        return value == null ? "" : "\"" + text(value).replace("\"", "\"\"") + "\"";
    }
}
