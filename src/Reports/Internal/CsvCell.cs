namespace ComplianceEngine.Reports.Internal;

/// <summary>RFC 4180 cells, with spreadsheet formula injection neutralised.</summary>
internal static class CsvCell
{
    // OWASP's list: a spreadsheet treats a cell starting with any of these as a formula (or a DDE call).
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static void WriteRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                writer.Write(',');
            writer.Write(Escape(cells[i]));
        }
        writer.Write("\r\n");
    }

    public static string Escape(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
            value = "'" + value;
        return value.IndexOfAny(NeedsQuotes) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
