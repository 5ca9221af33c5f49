using System.Globalization;
using ImpHa.Analyzers.Model;
using ImpHa.Analyzers.Validate;
using Microsoft.CodeAnalysis;

namespace ImpHa.Planner.Lint;

/// <summary>
/// Runs the generator's own table readers on a data folder and reports what a build would: IMPHA1xx errors and
/// warnings, and the IMPHA109 findings where Cisco's tables disagree with themselves.
/// </summary>
internal static class DataLint
{
    public static readonly IReadOnlyList<(TableRole Role, string File)> Files =
    [
        (TableRole.HardwareProfiles, "hardware-profiles.csv"),
        (TableRole.LoginProfiles, "login-profiles.csv"),
        (TableRole.RestartRules, "restart-rules.csv"),
        (TableRole.XmppStandards, "xmpp-standards.csv"),
    ];

    /// <summary>The tables the tool was built from, copied beside it.</summary>
    public static string ShippedDataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static IReadOnlyList<LintFinding> Run(string directory)
    {
        var findings = new List<TableDiagnostic>();
        var missing = new List<LintFinding>();
        HardwareProfileTable? hardware = null;
        foreach (var (role, name) in Files)
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

        return missing.Concat(findings.Select(From)).ToList();
    }

    private static LintFinding From(TableDiagnostic finding)
    {
        var diagnostic = finding.ToDiagnostic();
        var span = diagnostic.Location.GetLineSpan();
        return new LintFinding(
            finding.Location.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" },
            diagnostic.Id,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}

/// <summary>One finding, 1-based like a compiler's <c>file(line,column)</c>.</summary>
internal sealed record LintFinding(string Path, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column}): {Severity} {Id}: {Message}" : $"{Path}: {Severity} {Id}: {Message}";
}
