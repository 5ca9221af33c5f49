using ImpHa.Core.Domain;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>A value inside a text a reader reads (an XML element's text, a JSON member's value): characters [Start, Start + Length) of <see cref="Source"/>.</summary>
internal sealed class TextValue(WireSource source, int start, int length)
{
    public WireSource Source { get; } = source;

    public int Start { get; } = start;

    public int Length { get; } = length;

    /// <summary>The value's text; null where part of it is only known at run time.</summary>
    public string? Text
    {
        get
        {
            var text = Source.Text.Substring(Start, Length);
            return text.IndexOf(ComposedText.Unknown) >= 0 ? null : text;
        }
    }

    /// <summary>The limit written when the value is a whole number, located at its digits.</summary>
    public ParameterWrite? Write(LimitKind kind)
    {
        if (Text is not { } text)
        {
            return null;
        }

        var trimmed = text.Trim();
        return ConstantValues.TryParse(trimmed, out var number)
            ? Source.WriteAt(kind, number, Start + text.IndexOf(trimmed, System.StringComparison.Ordinal), trimmed.Length)
            : null;
    }
}
