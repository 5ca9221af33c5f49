using ImpHa.Analyzers.Domain;

namespace ImpHa.Analyzers.Analysis.Shapes;

/// <summary>A value inside a string the code builds (an XML element's text, a JSON member's value): characters [Start, Start + Length) of <see cref="Composed"/>.</summary>
internal sealed class TextValue(ComposedText composed, int start, int length)
{
    public ComposedText Composed { get; } = composed;

    public int Start { get; } = start;

    public int Length { get; } = length;

    /// <summary>The value's text; null where part of it is only known at run time.</summary>
    public string? Text
    {
        get
        {
            var text = Composed.Text.Substring(Start, Length);
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
            ? Composed.WriteAt(kind, number, Start + text.IndexOf(trimmed, System.StringComparison.Ordinal), trimmed.Length)
            : null;
    }
}
