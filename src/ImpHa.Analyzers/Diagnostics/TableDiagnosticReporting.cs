using ImpHa.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Diagnostics;

/// <summary>The core's table diagnostics and CSV places as Roslyn's <see cref="Diagnostic"/> and <see cref="Location"/>, when reported.</summary>
internal static class TableDiagnosticReporting
{
    public static Location ToLocation(this SourceLocation location) => Location.Create(
        location.Path,
        new TextSpan(location.Start, location.Length),
        new LinePositionSpan(new LinePosition(location.Line, location.Column), new LinePosition(location.EndLine, location.EndColumn)));

    public static Diagnostic ToDiagnostic(this TableDiagnostic diagnostic)
    {
        var args = new object[diagnostic.Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = diagnostic.Arguments[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.ById(diagnostic.Id), diagnostic.Location.ToLocation(), args);
    }
}
