using System.Reflection;
using ImpHa.Core.Validate;

namespace ImpHa.Testing;

/// <summary>Where the repository's shipped tables are, and which role each one plays.</summary>
public static class TestData
{
    public static readonly string DataDirectory = typeof(TestData).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ImpHaDataDirectory").Value!;

    public static readonly string RepositoryRoot = System.IO.Path.GetFullPath(System.IO.Path.Combine(DataDirectory, ".."));

    /// <summary>Each shipped table: its <c>ImpHaTable</c> role and file name under <c>data/</c>.</summary>
    public static readonly IReadOnlyList<(string Role, string FileName)> ShippedTables =
        TableFileNames.All.Select(t => (t.Role.ToString(), t.FileName)).ToArray();

    public static string Path(string fileName) => System.IO.Path.Combine(DataDirectory, fileName);

    public static string ReadAllText(string fileName) => File.ReadAllText(Path(fileName));
}
