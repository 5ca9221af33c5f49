namespace ImpHa.Core.Model;

/// <summary>A place inside a CSV file (0-based lines and columns, a character span), kept as plain values so that models holding it stay equatable.</summary>
public readonly record struct SourceLocation(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn);
