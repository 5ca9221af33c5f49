using ImpHa.Core.Validate;
using Microsoft.VisualBasic.FileIO;

namespace ImpHa.Behavior.Tests;

/// <summary>Reads the shipped CSVs with the framework's own parser, independent of ImpHa's.</summary>
internal static class DataFiles
{
    public static IReadOnlyList<Dictionary<string, string>> Read(string fileName)
    {
        using var parser = new TextFieldParser(ImpHa.Testing.TestData.Path(fileName)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }

    public sealed record LoginRow(HardwareProfile Profile, HaDeployment Deployment, int Users, int Lower, int Upper);

    public static IReadOnlyList<LoginRow> LoginRows() => Read(TableFileNames.LoginProfiles)
        .Select(r => new LoginRow(
            (HardwareProfile)int.Parse(r["profile"]),
            r["deployment"] == "active-active" ? HaDeployment.ActiveActive : HaDeployment.ActiveStandby,
            int.Parse(r["active_users"]),
            int.Parse(r["lower_limit"]),
            int.Parse(r["upper_limit"])))
        .ToList();

    public static IEnumerable<IGrouping<(HardwareProfile, HaDeployment), LoginRow>> LoginTables()
        => LoginRows().GroupBy(r => (r.Profile, r.Deployment));
}
