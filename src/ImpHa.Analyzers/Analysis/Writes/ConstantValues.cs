using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>The compile-time values a parameter name or limit is written with: literals and constants, seen through implicit conversions.</summary>
internal static class ConstantValues
{
    public static string? String(IOperation operation)
    {
        var value = Unwrap(operation).ConstantValue;
        return value.HasValue ? value.Value as string : null;
    }

    /// <summary>An int constant, or a string constant holding a whole number: the forms a limit is written in.</summary>
    public static bool TryNumber(IOperation operation, out int number, out bool isString)
    {
        number = 0;
        isString = false;
        var constant = Unwrap(operation).ConstantValue;
        if (!constant.HasValue)
        {
            return false;
        }

        switch (constant.Value)
        {
            case int i:
                number = i;
                return true;
            case long l when l is >= int.MinValue and <= int.MaxValue:
                number = (int)l;
                return true;
            case string s:
                isString = true;
                return TryParse(s, out number);
            default:
                return false;
        }
    }

    /// <summary>A whole number in invariant digits, blanks around it allowed.</summary>
    public static bool TryParse(string text, out int number)
        => int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);

    /// <summary>A constant of any kind as the text it becomes in a string: invariant digits for numbers.</summary>
    public static string? AsText(IOperation operation)
    {
        var constant = Unwrap(operation).ConstantValue;
        return constant.HasValue ? constant.Value switch
        {
            string s => s,
            System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            null => string.Empty,
            var other => other.ToString(),
        }
        : null;
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
