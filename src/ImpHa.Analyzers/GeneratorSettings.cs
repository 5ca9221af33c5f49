using System.Linq;
using ImpHa.SourceGeneration.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.SourceGeneration;

/// <summary>The generator's MSBuild settings and the consumer's language version, reduced to plain values.</summary>
internal sealed record GeneratorSettings(string Namespace, string? InvalidNamespace, bool NullableAnnotations)
{
    public const string NamespaceProperty = "build_property.ImpHaNamespace";

    private static readonly string ToolVersion = typeof(GeneratorSettings).Assembly.GetName().Version is { } v
        ? $"{v.Major}.{v.Minor}.{v.Build}"
        : "0.0.0";

    public static GeneratorSettings Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue(NamespaceProperty, out var value);
        var ns = string.IsNullOrWhiteSpace(value) ? EmitOptions.DefaultNamespace : value!.Trim();
        return IsValidNamespace(ns)
            ? new GeneratorSettings(ns, null, false)
            : new GeneratorSettings(EmitOptions.DefaultNamespace, ns, false);
    }

    public static bool SupportsNullable(ParseOptions options)
        => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8;

    public EmitOptions ToEmitOptions() => new(Namespace, NullableAnnotations, ToolVersion);

    private static bool IsValidNamespace(string ns) => ns.Split('.').All(part =>
        SyntaxFacts.IsValidIdentifier(part)
        && !part.StartsWith("@", System.StringComparison.Ordinal)
        && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
