namespace ImpHa.Analyzers.Emit;

/// <summary>The internal helper that lookups by name use to compare without allocating (Templates/ImpHaText.cs).</summary>
internal static class TextHelperEmitter
{
    public const string HintName = "ImpHa.Text.g.cs";

    public static string Emit(EmitOptions options)
        => new SourceWriter(options)
            .TypePart("static partial class ImpHaText", visibility: "internal")
            .Line()
            .Template("ImpHaText")
            .Finish();
}
