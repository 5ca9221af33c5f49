using ImpHa.Analyzers.Emit;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Validate;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Settings;

/// <summary>The generator's MSBuild settings and the consumer's language version, reduced to plain values.</summary>
/// <param name="DocComments">ImpHaDocComments: true or false where the project sets it, null for the default (<see cref="EmitsDocComments"/>).</param>
/// <param name="WritesXmlDocumentation">Whether the project writes an XML documentation file (the compiler's <c>/doc</c>).</param>
internal sealed record GeneratorSettings(
    string Namespace,
    string? InvalidNamespace,
    string TypeVisibility,
    string? InvalidVisibility,
    GeneratedParts Parts,
    string? UnknownPart,
    bool NullableAnnotations,
    bool? DocComments = null,
    string? InvalidDocComments = null,
    bool WritesXmlDocumentation = false)
{
    private static readonly string ToolVersion = typeof(GeneratorSettings).Assembly.GetName().Version is { } v
        ? $"{v.Major}.{v.Minor}.{v.Build}"
        : "0.0.0";

    /// <summary>Generated types stay out of the consumer's public API unless the project asks for them.</summary>
    public const string DefaultVisibility = "internal";

    /// <summary>False when a setting is invalid: the generator then reports it and emits no tables.</summary>
    public bool CanEmit => InvalidNamespace is null && InvalidVisibility is null;

    public static GeneratorSettings Read(AnalyzerConfigOptions globalOptions)
    {
        var ns = ImpHaSettings.Namespace.ReadProjectWide(globalOptions) ?? GeneratedNames.DefaultNamespace;
        var visibilityText = ImpHaSettings.TypeVisibility.ReadProjectWide(globalOptions);
        var visibility = visibilityText?.ToLowerInvariant() ?? DefaultVisibility;
        var validVisibility = visibility is "public" or "internal";
        var parts = GeneratedPartNames.Parse(ImpHaSettings.Generate.ReadProjectWide(globalOptions), out var unknownPart);
        var docCommentsText = ImpHaSettings.DocComments.ReadProjectWide(globalOptions);
        bool? docComments = bool.TryParse(docCommentsText, out var docCommentsValue) ? docCommentsValue : null;
        return new GeneratorSettings(
            IsValidNamespace(ns) ? ns : GeneratedNames.DefaultNamespace,
            IsValidNamespace(ns) ? null : ns,
            validVisibility ? visibility : DefaultVisibility,
            validVisibility ? null : visibilityText,
            parts,
            unknownPart,
            false,
            docComments,
            docComments is null ? docCommentsText : null);
    }

    /// <summary>
    /// Documentation comments unless the types are internal and the project writes an XML documentation file: the compiler
    /// writes every documented member into that file, internal ones too, and the file ships with the project's package.
    /// ImpHaDocComments decides where it is set.
    /// </summary>
    public bool EmitsDocComments => DocComments ?? !(TypeVisibility == DefaultVisibility && WritesXmlDocumentation);

    public static bool SupportsNullable(ParseOptions options)
        => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8;

    /// <summary>True when the project asked for <paramref name="part"/> (all of it, where it combines several).</summary>
    public bool Generates(GeneratedParts part) => CanEmit && (Parts & part) == part;

    /// <summary>Whether any of <paramref name="parts"/> is generated (a file several parts share).</summary>
    public bool GeneratesAny(GeneratedParts parts) => CanEmit && (Parts & parts) != 0;

    /// <summary>The parts the generator emits: none where the namespace or visibility given cannot be emitted.</summary>
    public GeneratedParts EmittedParts => CanEmit ? Parts : GeneratedParts.None;

    public EmitOptions ToEmitOptions() => new(Namespace, NullableAnnotations, ToolVersion, TypeVisibility, Parts, EmitsDocComments);

    /// <summary>For a file of internal helpers only: whatever ImpHaTypeVisibility says, its types and their comments are internal.</summary>
    public EmitOptions ToInternalHelperEmitOptions() => (this with { TypeVisibility = DefaultVisibility }).ToEmitOptions();

    private static bool IsValidNamespace(string ns) => CSharpIdentifiers.IsPlainNamespace(ns);
}
