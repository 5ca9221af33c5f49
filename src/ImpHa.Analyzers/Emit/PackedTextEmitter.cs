namespace ImpHa.Analyzers.Emit;

/// <summary>The internal decoder of the texts <see cref="TextPacker"/> packs, shared by the restart and XMPP tables (Templates/ImpHaPackedText.cs); a table's data holds its rows, then the words, then the runs.</summary>
internal static class PackedTextEmitter
{
    public const string HintName = "ImpHa.PackedText.g.cs";

    public static string Emit(EmitOptions options)
        => new SourceWriter(options)
            .TypePart("sealed partial class ImpHaPackedText", visibility: "internal")
            .Line()
            .Template("ImpHaPackedText")
            .Finish();
}
