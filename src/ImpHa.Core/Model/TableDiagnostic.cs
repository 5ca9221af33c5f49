using ImpHa.Core.Diagnostics;

namespace ImpHa.Core.Model;

/// <summary>A diagnostic found in a table, as an equatable value; the analyzer assembly turns it into a Roslyn diagnostic when it reports it.</summary>
public sealed record TableDiagnostic(string Id, SourceLocation Location, EquatableArray<string> Arguments)
{
    public static TableDiagnostic Create(TableDiagnosticKind kind, SourceLocation location, params string[] arguments)
        => new(kind.Id, location, arguments.ToEquatableArray());

    public TableDiagnosticKind Kind => TableDiagnosticKind.ById(Id);

    /// <summary>The message a build prints for it.</summary>
    public string Message => Kind.Format(Arguments);
}
