using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Core.Domain;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Analysis.Writes.Files;

/// <summary>A file the project marks for checking, as text the wire readers read: its characters stand where they are in the file.</summary>
internal sealed class FileText(string path, SourceText source) : WireSource
{
    private readonly string _text = source.ToString();

    public string Path { get; } = path;

    public override string Text => _text;

    /// <summary>Characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of the file, with their line and column.</summary>
    public Location At(int start, int length)
    {
        start = System.Math.Max(0, System.Math.Min(start, _text.Length));
        var span = new TextSpan(start, System.Math.Max(0, System.Math.Min(length, _text.Length - start)));
        return Location.Create(Path, span, source.Lines.GetLinePositionSpan(span));
    }

    /// <summary>The offset of a 1-based line and column, as parsers report them; clamped to the text.</summary>
    public int Offset(int line, int column)
    {
        var lines = source.Lines;
        if (lines.Count == 0 || line < 1)
        {
            return 0;
        }

        var found = lines[System.Math.Min(line, lines.Count) - 1];
        return System.Math.Min(found.Start + System.Math.Max(0, column - 1), found.EndIncludingLineBreak);
    }

    // Form Other: the code fixes rewrite C# documents, not the project's other files.
    public override ParameterWrite? WriteAt(LimitKind kind, int number, int start, int length)
        => new(kind, number, ValueForm.Other, At(start, length));

    public override ParameterItem Item(string member, int start, int length) => new(member, null) { InText = new TextValue(this, start, length) };
}
