using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Model;

/// <summary>A diagnostic found in a table, as an equatable value; turned into a <see cref="Diagnostic"/> only when reported.</summary>
internal sealed record TableDiagnostic(string Id, SourceLocation Location, EquatableArray<string> Arguments)
{
    public static TableDiagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments)
        => new(descriptor.Id, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location.ToLocation(), args);
    }
}
