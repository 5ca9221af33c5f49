using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Model;

/// <summary>A place inside a CSV file, kept as plain values so that models holding it stay equatable.</summary>
internal readonly record struct SourceLocation(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}
