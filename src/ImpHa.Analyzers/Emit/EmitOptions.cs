namespace ImpHa.Analyzers.Emit;

/// <summary>What shapes the emitted text besides the tables: namespace, language version, tool version, type visibility.</summary>
/// <param name="TypeVisibility">"public" or "internal", for every top-level generated type.</param>
/// <param name="Parts">What the project asked for; an emitter leaves out the members of parts not asked for.</param>
/// <param name="DocComments">False: the text has no documentation comments (<see cref="Settings.GeneratorSettings.EmitsDocComments"/>).</param>
internal sealed record EmitOptions(string Namespace, bool NullableAnnotations, string ToolVersion, string TypeVisibility = "internal", Settings.GeneratedParts Parts = Settings.GeneratedParts.All, bool DocComments = true)
{
    /// <summary><c>?</c> on reference types where the consumer's C# (8+) understands it, nothing for C# 7.3.</summary>
    public bool Generates(Settings.GeneratedParts part) => (Parts & part) == part;

    public string NullableReference => NullableAnnotations ? "?" : string.Empty;

    public string GeneratedCodeAttribute => $"[global::System.CodeDom.Compiler.GeneratedCode(\"ImpHa\", \"{ToolVersion}\")]";
}
