using System.Collections.Generic;
using System.Globalization;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Model;

namespace ImpHa.Core.Validate;

/// <summary>Validates the XMPP standards CSV into its model, reporting each bad cell where it is.</summary>
public static class XmppStandardReader
{
    private static readonly string[] RequiredColumns = ["identifier", "number", "title"];

    public static TableResult<XmppStandardTable> Read(TableFile file)
    {
        var reader = TableReader.Open(file, RequiredColumns);
        var standards = new List<XmppStandardModel>();
        var seen = new HashSet<string>();
        foreach (var row in reader.Rows)
        {
            var identifier = reader.RequiredText(row, "identifier");
            var number = reader.PositiveInt(row, "number");
            var title = reader.RequiredText(row, "title");
            if (identifier.Length == 0 || number is null || title.Length == 0)
            {
                continue;
            }

            if (!TryParseIdentifier(identifier, out var isRfc, out var identifierNumber))
            {
                reader.Report(TableDiagnosticKind.InvalidValue, reader.Field(row, "identifier").Location, identifier, "identifier", "expected 'RFC <number>' or 'XEP-<four digits>', e.g. RFC 3920 or XEP-0045");
                continue;
            }

            if (identifierNumber != number)
            {
                reader.Report(TableDiagnosticKind.InconsistentTable, reader.Field(row, "number").Location, $"Number {number} does not match identifier '{identifier}'; make them agree");
                continue;
            }

            var model = new XmppStandardModel(isRfc, identifierNumber, identifier, title);
            if (!seen.Add(model.MemberName))
            {
                reader.Report(TableDiagnosticKind.InconsistentTable, reader.Field(row, "identifier").Location, $"'{identifier}' is listed twice; keep one row per standard");
                continue;
            }

            standards.Add(model);
        }

        return reader.HasErrors
            ? new TableResult<XmppStandardTable>(null, reader.Diagnostics.ToEquatableArray())
            : new TableResult<XmppStandardTable>(new XmppStandardTable(standards.ToEquatableArray()), EquatableArray<TableDiagnostic>.Empty);
    }

    /// <summary>"RFC 3920", "XEP-0045": the two forms the document prints.</summary>
    private static bool TryParseIdentifier(string identifier, out bool isRfc, out int number)
    {
        number = 0;
        isRfc = false;
        if (identifier.Length <= 4)
        {
            return false;
        }

        isRfc = identifier.StartsWith("RFC ", System.StringComparison.Ordinal);
        var isXep = identifier.StartsWith("XEP-", System.StringComparison.Ordinal);
        var digits = identifier.Substring(4);
        return (isRfc || (isXep && digits.Length == 4))
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }
}
