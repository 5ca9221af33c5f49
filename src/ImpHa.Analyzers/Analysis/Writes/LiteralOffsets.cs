using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// Where each character of a string literal's value stands in the source, so a diagnostic can point at
/// digits inside a string and the fix can rewrite just them. Regular, verbatim and raw literals (UTF-8 ones too)
/// and the text parts of interpolated strings; null for anything else.
/// </summary>
internal static class LiteralOffsets
{
    /// <summary>The source position of each character of <paramref name="token"/>'s value, or null.</summary>
    public static int[]? Map(SyntaxToken token)
    {
        var text = token.Text;
        var value = token.ValueText;
        var kind = token.Kind();
        if (kind is SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken)
        {
            // The u8 suffix follows the closing quote.
            text = text.Length >= 2 ? text.Substring(0, text.Length - 2) : text;
        }

        var (start, end, style) = kind switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken when text.StartsWith("@\"", System.StringComparison.Ordinal) => (2, text.Length - 1, Style.Verbatim),
            SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken when text.StartsWith("\"", System.StringComparison.Ordinal) && text.EndsWith("\"", System.StringComparison.Ordinal) && text.Length > 1 => (1, text.Length - 1, Style.Regular),
            SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken => RawBounds(text),
            SyntaxKind.InterpolatedStringTextToken => (0, text.Length, InterpolatedStyle(token)),
            _ => (0, 0, Style.None),
        };
        if (style == Style.None)
        {
            return null;
        }

        if (style == Style.Raw)
        {
            return RawMap(text, value, start, end, token.SpanStart);
        }

        // Whether a compiler version gives an interpolation's doubled braces as written is not promised: the reading that accounts for every character wins.
        return Map(token, text, value, start, end, style, bracesEscaped: false) ?? Map(token, text, value, start, end, style, bracesEscaped: true);
    }

    private static int[]? Map(SyntaxToken token, string text, string value, int start, int end, Style style, bool bracesEscaped)
    {
        var map = new int[value.Length];
        var count = 0;
        var i = start;
        while (i < end && count < map.Length)
        {
            var (source, chars) = Next(text, i, style, bracesEscaped);
            for (var c = 0; c < chars && count < map.Length; c++)
            {
                map[count++] = token.SpanStart + i + (source == chars ? c : 0);
            }

            i += source;
        }

        return count == map.Length && i == end ? map : null;
    }

    /// <summary>
    /// A raw string's value is its source less whitespace (the first and last line break, each line's indentation) and
    /// nothing else: matched character by character, skipping source whitespace the value lacks. Every other character
    /// then lands where it stands in the source.
    /// </summary>
    private static int[]? RawMap(string text, string value, int start, int end, int spanStart)
    {
        var map = new int[value.Length];
        var i = start;
        for (var v = 0; v < value.Length; v++)
        {
            while (i < end && text[i] != value[v] && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= end || text[i] != value[v])
            {
                return null;
            }

            map[v] = spanStart + i++;
        }

        return map;
    }

    private enum Style
    {
        None,
        Regular,
        Verbatim,
        Raw,
        InterpolatedRegular,
        InterpolatedVerbatim,
    }

    private static (int Start, int End, Style Style) RawBounds(string text)
    {
        var quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        return text.Length >= 2 * quotes ? (quotes, text.Length - quotes, Style.Raw) : (0, 0, Style.None);
    }

    private static Style InterpolatedStyle(SyntaxToken token)
    {
        var start = (token.Parent?.Parent as InterpolatedStringExpressionSyntax)?.StringStartToken.Text ?? string.Empty;
        return start.IndexOf("\"\"\"", System.StringComparison.Ordinal) >= 0 ? Style.Raw
            : start.IndexOf('@') >= 0 ? Style.InterpolatedVerbatim
            : start.Length > 0 ? Style.InterpolatedRegular
            : Style.None;
    }

    /// <summary>How many source characters the next value character(s) take, and how many value characters they make.</summary>
    private static (int Source, int Chars) Next(string text, int i, Style style, bool bracesEscaped)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        switch (style)
        {
            case Style.Regular or Style.InterpolatedRegular when c == '\\':
                return next switch
                {
                    'u' => (6, 1),
                    'U' => (10, Hex(text, i + 2, 8) > 0xFFFF ? 2 : 1),
                    'x' => (2 + HexDigits(text, i + 2), 1),
                    _ => (2, 1),
                };
            case Style.Verbatim or Style.InterpolatedVerbatim when c == '"' && next == '"':
                return (2, 1);
            case Style.InterpolatedRegular or Style.InterpolatedVerbatim when (c == '{' && next == '{') || (c == '}' && next == '}'):
                return (2, bracesEscaped ? 1 : 2);
            default:
                return (1, 1);
        }
    }

    private static int HexDigits(string text, int start)
    {
        var n = 0;
        while (n < 4 && start + n < text.Length && System.Uri.IsHexDigit(text[start + n]))
        {
            n++;
        }

        return n;
    }

    private static int Hex(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length && i < text.Length; i++)
        {
            value = (value * 16) + (System.Uri.IsHexDigit(text[i]) ? System.Uri.FromHex(text[i]) : 0);
        }

        return value;
    }
}
