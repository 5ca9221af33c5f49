using System.Text.RegularExpressions;

namespace ImpHa.EndToEnd.Tests;

/// <summary>Diagnostics as MSBuild prints them: <c>path(line,col): warning ID: message [project]</c>, each once.</summary>
internal static partial class BuildDiagnostics
{
    public sealed record Entry(string FileName, int Line, int Column, string Severity, string Id);

    public static IReadOnlySet<Entry> Parse(string output)
        => Line().Matches(output)
            .Select(m => new Entry(Path.GetFileName(m.Groups["file"].Value.Trim()), int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["severity"].Value, m.Groups["id"].Value))
            .ToHashSet();

    /// <summary>Where a marker comment such as <c>/*IMPHA001*/</c> sits in a file: the 1-based line and the column just after it.</summary>
    public static Entry At(string fileName, string text, string marker, string severity = "warning")
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var comment = $"/*{marker}*/";
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(comment, StringComparison.Ordinal);
            if (column >= 0)
            {
                return new Entry(fileName, i + 1, column + comment.Length + 1, severity, marker);
            }
        }

        throw new ArgumentException($"{comment} is not in {fileName}");
    }

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<col>\d+)\): (?<severity>warning|error|info) (?<id>[A-Z]+\d+):", RegexOptions.Multiline)]
    private static partial Regex Line();
}
