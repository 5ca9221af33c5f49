using ImpHa.Core.Domain;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>How a value is written, which decides what the code fix writes in its place.</summary>
internal enum ValueForm
{
    /// <summary>A number or a numeric constant: the fix writes the number or the generated constant.</summary>
    Number,

    /// <summary>A string holding the number, e.g. <c>"300"</c>: the fix writes a string.</summary>
    String,

    /// <summary>Digits inside a longer string, e.g. SQL: the fix rewrites just those digits.</summary>
    DigitsInText,

    /// <summary>Written in a way the fix cannot rewrite safely (escaped digits, split across literals).</summary>
    Other,
}

/// <summary>A hardcoded value written to a re-login limit: which limit, the value, how it is written and where.</summary>
internal sealed record ParameterWrite(LimitKind Kind, int Value, ValueForm Form, Location Location)
{
    /// <summary>What the selected profile needs here, when that is known.</summary>
    public int? Expected { get; init; }

    /// <summary>The value an operation carries, when it is a constant number or numeric string.</summary>
    public static ParameterWrite? FromConstant(LimitKind kind, IOperation value)
        => ConstantValues.TryNumber(value, out var number, out var isString)
            ? new ParameterWrite(kind, number, isString ? ValueForm.String : ValueForm.Number, value.Syntax.GetLocation())
            : null;
}
