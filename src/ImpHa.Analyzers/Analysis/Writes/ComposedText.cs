using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// The text a string expression builds at compile time, from literals, constants, concatenation,
/// interpolation and <c>string.Format</c> with a constant format, with where each piece comes from.
/// What is only known at run time stands as <see cref="Unknown"/>, which no pattern matches.
/// </summary>
internal sealed class ComposedText : WireSource
{
    public const char Unknown = '\uFFFF';

    private readonly StringBuilder _text = new();
    private readonly List<Piece> _pieces = [];

    private ComposedText(IOperation whole)
    {
        Whole = whole;
    }

    /// <summary>The expression whose text this is: the value of every item read out of it.</summary>
    public IOperation Whole { get; }

    public override string Text => _text.ToString();

    /// <summary>The text of <paramref name="operation"/>, or null when no part of it is known at compile time.</summary>
    public static ComposedText? Of(IOperation operation)
    {
        var composed = new ComposedText(operation);
        composed.Add(operation);
        return composed._pieces.Exists(p => p.Source is not null || p.Token != default) ? composed : null;
    }

    /// <summary>
    /// The code behind characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>):
    /// the span inside a literal when they lie in one, else the constant expression that supplies exactly them.
    /// </summary>
    public (Location Location, IOperation? WholeConstant, bool InLiteral)? Origin(int start, int length)
    {
        foreach (var piece in _pieces)
        {
            if (start < piece.Start || start + length > piece.Start + piece.Length)
            {
                continue;
            }

            if (piece.Token != default)
            {
                var map = LiteralOffsets.Map(piece.Token);
                var first = piece.TokenValueStart + start - piece.Start;
                var last = first + length - 1;
                if (map is not null && last < map.Length && map[last] - map[first] == length - 1)
                {
                    return (Location.Create(piece.Token.SyntaxTree!, new Microsoft.CodeAnalysis.Text.TextSpan(map[first], length)), null, true);
                }

                return (piece.Token.GetLocation(), null, false);
            }

            if (piece.Source is { } source)
            {
                var whole = _text.ToString(piece.Start, piece.Length).Trim().Length == length;
                return (source.Syntax.GetLocation(), whole ? source : null, false);
            }
        }

        return null;
    }

    /// <summary>
    /// The write of <paramref name="number"/> found at characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>):
    /// the constant that supplies exactly them, else the digits inside a literal (which the fix rewrites in place), else the code around them.
    /// </summary>
    public override ParameterWrite? WriteAt(Core.Domain.LimitKind kind, int number, int start, int length) => Origin(start, length) switch
    {
        { WholeConstant: { } constant } when ParameterWrite.FromConstant(kind, constant) is { } write => write,
        { } origin => new ParameterWrite(kind, number, origin.InLiteral ? ValueForm.DigitsInText : ValueForm.Other, origin.Location),
        _ => null,
    };

    public override ParameterItem Item(string member, int start, int length) => new(member, Whole) { InText = new TextValue(this, start, length) };

    private void Add(IOperation operation)
    {
        operation = ConstantValues.Unwrap(operation);
        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                Add(binary.LeftOperand);
                Add(binary.RightOperand);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    AddPart(part);
                }

                return;
            case IInvocationOperation invocation when IsStringFormat(invocation.TargetMethod):
                AddFormat(invocation);
                return;
            case ILiteralOperation { Syntax: LiteralExpressionSyntax literal } when literal.IsKind(SyntaxKind.StringLiteralExpression):
                AddLiteral(literal.Token, 0, literal.Token.ValueText.Length);
                return;
            case IUtf8StringOperation { Syntax: LiteralExpressionSyntax utf8 }:
                AddLiteral(utf8.Token, 0, utf8.Token.ValueText.Length);
                return;
        }

        if (ConstantValues.AsText(operation) is { } constant)
        {
            AddPiece(constant, new Piece { Source = operation });
        }
        else
        {
            AddPiece(Unknown.ToString(), default);
        }
    }

    private void AddPart(IInterpolatedStringContentOperation part)
    {
        switch (part)
        {
            case IInterpolatedStringTextOperation { Syntax: InterpolatedStringTextSyntax text }:
                AddLiteral(text.TextToken, 0, text.TextToken.ValueText.Length);
                break;
            case IInterpolationOperation { Alignment: null, FormatString: null } hole when ConstantValues.AsText(hole.Expression) is { } constant:
                AddPiece(constant, new Piece { Source = ConstantValues.Unwrap(hole.Expression) });
                break;
            default:
                AddPiece(Unknown.ToString(), default);
                break;
        }
    }

    /// <summary><c>string.Format(format, args…)</c>: the format's text with each <c>{n}</c> replaced by argument n.</summary>
    private void AddFormat(IInvocationOperation invocation)
    {
        var arguments = new List<IOperation>();
        IOperation? format = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "format")
            {
                format = ConstantValues.Unwrap(argument.Value);
            }
            else if (argument.Parameter?.Type.Name != nameof(System.IFormatProvider))
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
                {
                    arguments.AddRange(elements.ElementValues);
                }
                else
                {
                    arguments.Add(argument.Value);
                }
            }
        }

        if (format is null || ConstantValues.String(format) is not { } text)
        {
            AddPiece(Unknown.ToString(), default);
            return;
        }

        var token = format.Syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token : default;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('{' or '}'))
            {
                continue;
            }

            AddFormatText(text, token, format, run, i);
            if (i + 1 < text.Length && text[i + 1] == text[i])
            {
                // "{{" or "}}": one brace of text.
                run = i + 1;
                i++;
                continue;
            }

            var close = text.IndexOf('}', i);
            if (text[i] == '}' || close < 0)
            {
                AddPiece(Unknown.ToString(), default);
                run = i + 1;
                continue;
            }

            var spec = text.Substring(i + 1, close - i - 1);
            if (int.TryParse(spec, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < arguments.Count
                && ConstantValues.AsText(arguments[n]) is { } value)
            {
                AddPiece(value, new Piece { Source = ConstantValues.Unwrap(arguments[n]) });
            }
            else
            {
                AddPiece(Unknown.ToString(), default);
            }

            run = close + 1;
            i = close;
        }

        AddFormatText(text, token, format, run, text.Length);
    }

    private void AddFormatText(string text, SyntaxToken token, IOperation format, int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        if (token != default)
        {
            AddLiteral(token, from, to - from);
        }
        else
        {
            AddPiece(text.Substring(from, to - from), new Piece { Source = format });
        }
    }

    private void AddLiteral(SyntaxToken token, int valueStart, int length)
        => AddPiece(token.ValueText.Substring(valueStart, length), new Piece { Token = token, TokenValueStart = valueStart });

    private void AddPiece(string text, Piece piece)
    {
        _pieces.Add(piece with { Start = _text.Length, Length = text.Length });
        _text.Append(text);
    }

    private static bool IsStringFormat(IMethodSymbol method)
        => method.Name == nameof(string.Format) && method.ContainingType.SpecialType == SpecialType.System_String;

    /// <summary>A run of the text: from a literal token (with its offset into the token's value) or from a constant expression.</summary>
    private readonly record struct Piece(int Start, int Length, SyntaxToken Token, int TokenValueStart, IOperation? Source);
}
