namespace ImpHa.Analyzers.Emit;

/// <summary>The internal helper that lookups by name use to compare without allocating.</summary>
internal static class TextHelperEmitter
{
    public const string HintName = "ImpHa.Text.g.cs";

    public static string Emit(EmitOptions options)
    {
        var w = new SourceWriter(options);
        w.TypeHeader("Compares names the way Cisco prints them: ignoring case and surrounding white space, without allocating.");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line("internal static class ImpHaText").Open();
        w.Summary("True when <paramref name=\"input\"/>, trimmed, equals <paramref name=\"expected\"/> ignoring case.");
        w.Line($"internal static bool Matches(string{options.NullableReference} input, string expected)").Open();
        w.Line("if (input == null)").Open().Line("return false;").Close().Line();
        w.Line("int start = 0;");
        w.Line("int end = input.Length;");
        w.Line("while (start < end && char.IsWhiteSpace(input[start]))").Open().Line("start++;").Close().Line();
        w.Line("while (end > start && char.IsWhiteSpace(input[end - 1]))").Open().Line("end--;").Close().Line();
        w.Line("return end - start == expected.Length");
        w.Line("    && string.Compare(input, start, expected, 0, expected.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;");
        w.Close();
        return w.Finish();
    }
}
