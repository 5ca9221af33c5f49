using CsCheck;
using ImpHa.Analyzers.Analysis.Writes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Where each character of a string literal's value stands in the source (what puts a diagnostic and a fix on the digits
/// inside a string): literals built from pieces whose source and value are known, in every literal form, checked against
/// the positions the pieces give. A piece whose source is as long as its value maps character by character; an escape
/// maps all it makes to where it starts.
/// </summary>
public class LiteralOffsetTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("IMPHA_FUZZ_CSHARP_CASES"), out var n) ? n * 10 : 2000;

    /// <summary>Source, value. No hex digits among the plain characters, so no piece lengthens a <c>\x</c> escape before it.</summary>
    private static readonly (string Source, string Value)[] Plain = [("g", "g"), ("Q", "Q"), (" ", " "), ("<", "<"), ("/", "/"), ("é", "é"), ("😀", "😀")];

    private static readonly (string Source, string Value)[] Escapes =
    [
        ("\\n", "\n"), ("\\\\", "\\"), ("\\\"", "\""), ("\\'", "'"), ("\\0", "\0"), ("\\u00e9", "é"), ("\\u0041", "A"),
        ("\\U0001F600", "😀"), ("\\U00000041", "A"), ("\\U0000FFFF", "\uFFFF"), ("\\U00010000", "\U00010000"), ("\\x41", "A"), ("\\x4", "\u0004"), ("\\x041", "A"), ("\\x0041", "A"),
    ];

    private static readonly (string Source, string Value)[] VerbatimPieces = [("\"\"", "\""), ("\\", "\\"), ("\\n", "\\n")];

    /// <summary>Doubled braces: whether the token's value holds them doubled or single depends on the compiler; the map follows either.</summary>
    private static readonly (string Source, string Value)[] Braces = [("{{", "{"), ("}}", "}")];

    public static TheoryData<string> Forms => new() { "regular", "utf8", "verbatim", "interpolated", "interpolated-verbatim", "verbatim-interpolated", "raw" };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_value_character_maps_to_the_piece_that_writes_it(string form)
    {
        var pieces = PiecesOf(form);
        Gen.Int[0, pieces.Length - 1].Array[0, 10].Sample(
            chosen => Check(form, [.. chosen.Select(i => pieces[i])]),
            iter: Cases,
            print: chosen => Literal(form, [.. chosen.Select(i => pieces[i])]));
    }

    [Fact]
    public void Indentation_and_line_breaks_of_a_multi_line_raw_string_are_passed_over()
    {
        var source = "\"\"\"\n        <value>300</value>\n          \"quoted\"\n        \"\"\"";
        var token = TokenOf(source);
        var map = LiteralOffsets.Map(token);

        Assert.NotNull(map);
        Assert.Equal("<value>300</value>\n  \"quoted\"", token.ValueText);
        for (var i = 0; i < map.Length; i++)
        {
            Assert.Equal(token.ValueText[i], source[map[i] - token.SpanStart]);
        }

        Assert.Equal(source.IndexOf("300", StringComparison.Ordinal), map[7] - token.SpanStart);
    }

    [Theory]
    [InlineData("'3'")]
    [InlineData("300")]
    public void Anything_but_a_string_has_no_map(string source) => Assert.Null(LiteralOffsets.Map(TokenOf(source)));

    [Fact]
    public void An_unterminated_literal_the_editor_holds_while_typing_has_no_map_or_a_true_one()
    {
        foreach (var source in new[] { "\"<value>30", "@\"<value>30", "\"\"\"<value>30", "$\"<value>30", "\"<value>30\\\"" })
        {
            var token = TokenOf(source);
            var map = LiteralOffsets.Map(token);
            Assert.True(map is null || map.Select((position, i) => source[position] == token.ValueText[i]).All(same => same), source);
        }
    }

    [Theory]
    [InlineData("\"\\x00410\"", new[] { 1, 7 })]
    [InlineData("\"\\x41g\"", new[] { 1, 5 })]
    [InlineData("\"\\U0001F600g\"", new[] { 1, 1, 11 })]
    [InlineData("\"\\u00413\"", new[] { 1, 7 })]
    public void Hex_escapes_take_as_many_digits_as_csharp_reads(string source, int[] expected)
        => Assert.Equal(expected, LiteralOffsets.Map(TokenOf(source)));

    private static (string Source, string Value)[] PiecesOf(string form) => form switch
    {
        "regular" or "utf8" => [.. Plain, .. Escapes],
        "verbatim" => [.. Plain, .. VerbatimPieces],
        "interpolated" => [.. Plain, .. Escapes, .. Braces],
        "interpolated-verbatim" or "verbatim-interpolated" => [.. Plain, .. VerbatimPieces, .. Braces],
        // A quote always followed by a letter: three in a row would close the literal.
        _ => [.. Plain, ("\"g", "\"g"), ("\\n", "\\n")],
    };

    private static string Literal(string form, (string Source, string Value)[] pieces)
    {
        var body = string.Concat(pieces.Select(p => p.Source));
        return form switch
        {
            "regular" => $"\"{body}\"",
            "utf8" => $"\"{body}\"u8",
            "verbatim" => $"@\"{body}\"",
            "interpolated" => $"$\"{body}\"",
            "interpolated-verbatim" => $"$@\"{body}\"",
            "verbatim-interpolated" => $"@$\"{body}\"",

            // Raw content starts and ends with a letter: a quote there would join the delimiter.
            _ => $"\"\"\"g{body}g\"\"\"",
        };
    }

    private static void Check(string form, (string Source, string Value)[] pieces)
    {
        var source = Literal(form, pieces);
        var interpolated = form.Contains("interpolated", StringComparison.Ordinal);
        if (pieces.Length == 0 && interpolated)
        {
            // An empty interpolated string has no text token to map.
            return;
        }

        if (form == "raw")
        {
            pieces = [("g", "g"), .. pieces, ("g", "g")];
        }

        var token = TokenOf(source);
        if (string.Concat(pieces.Select(p => p.Value)) != token.ValueText)
        {
            // This compiler gives doubled braces as written.
            pieces = [.. pieces.Select(p => Braces.Contains(p) ? (p.Source, p.Source) : p)];
        }

        Assert.Equal(string.Concat(pieces.Select(p => p.Value)), token.ValueText);
        var offset = form switch
        {
            "verbatim" or "interpolated" => 2,
            "interpolated-verbatim" or "verbatim-interpolated" => 3,
            "raw" => 3,
            _ => 1,
        };
        var expected = new List<int>();
        foreach (var (pieceSource, pieceValue) in pieces)
        {
            for (var c = 0; c < pieceValue.Length; c++)
            {
                expected.Add(offset + (pieceSource.Length == pieceValue.Length ? c : 0));
            }

            offset += pieceSource.Length;
        }

        var map = LiteralOffsets.Map(token);
        Assert.NotNull(map);
        var start = interpolated ? token.Parent!.Parent!.SpanStart : token.SpanStart;
        Assert.Equal(expected, map.Select(position => position - start));
    }

    /// <summary>The literal's token, or the text token of an interpolated string.</summary>
    private static SyntaxToken TokenOf(string source)
    {
        var expression = SyntaxFactory.ParseExpression(source, options: new CSharpParseOptions(LanguageVersion.Latest));
        return expression.DescendantTokens().FirstOrDefault(t => t.IsKind(SyntaxKind.InterpolatedStringTextToken)) is { RawKind: not 0 } text
            ? text
            : expression.DescendantTokens().First();
    }
}
