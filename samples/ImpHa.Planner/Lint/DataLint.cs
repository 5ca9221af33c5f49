using ImpHa.Core.Diagnostics;
using ImpHa.Core.Model;
using ImpHa.Core.Validate;

namespace ImpHa.Planner.Lint;

/// <summary>
/// Runs the generator's own table readers on a data folder and reports what a build would: IMPHA1xx errors and
/// warnings, and the IMPHA109 findings where Cisco's tables disagree with themselves. A build reports IMPHA109 only for
/// tables a project supplies; the lint reports it for every table, the package's own included.
/// </summary>
internal static class DataLint
{
    /// <summary>The tables the tool was built from, copied beside it.</summary>
    public static string ShippedDataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static IReadOnlyList<LintFinding> Run(string directory)
    {
        var findings = new List<TableDiagnostic>();
        var missing = new List<LintFinding>();
        HardwareProfileTable? hardware = null;
        foreach (var (role, name) in TableFileNames.All)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                missing.Add(new LintFinding(path, 0, 0, "error", "missing", $"no {name} in {directory}; the lint reads the four tables by these file names"));
                continue;
            }

            var file = new TableFile(role, path, File.ReadAllText(path));
            switch (role)
            {
                case TableRole.HardwareProfiles:
                    var read = HardwareProfileReader.Read(file);
                    hardware = read.Model;
                    findings.AddRange(read.Diagnostics);
                    break;
                case TableRole.LoginProfiles:
                    findings.AddRange(LoginProfileReader.Read(file, hardware).Diagnostics);
                    break;
                case TableRole.RestartRules:
                    findings.AddRange(RestartRuleReader.Read(file).Diagnostics);
                    break;
                default:
                    findings.AddRange(XmppStandardReader.Read(file).Diagnostics);
                    break;
            }
        }

        // In file order within each table, as a compiler lists them.
        return missing.Concat(findings.Select(From).OrderBy(f => FileOrder(f.Path)).ThenBy(f => f.Line).ThenBy(f => f.Column)).ToList();
    }

    private static int FileOrder(string path)
    {
        var name = Path.GetFileName(path);
        for (var i = 0; i < TableFileNames.All.Count; i++)
        {
            if (string.Equals(TableFileNames.All[i].FileName, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return TableFileNames.All.Count;
    }

    private static LintFinding From(TableDiagnostic finding) => new(
        finding.Location.Path,
        finding.Location.Line + 1,
        finding.Location.Column + 1,
        finding.Kind.Severity switch { TableSeverity.Error => "error", TableSeverity.Warning => "warning", _ => "info" },
        finding.Id,
        finding.Message);
}

/// <summary>One finding, 1-based like a compiler's <c>file(line,column)</c>.</summary>
internal sealed record LintFinding(string Path, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column}): {Severity} {Id}: {Message}" : $"{Path}: {Severity} {Id}: {Message}";
}
