using System;
using System.Collections.Generic;
using ImpHa.Core.GeneratedApi;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// What the emitters write for the package's own tables with the default settings, written when ImpHa was built
/// (<c>Emit/Shipped</c>, held equal to the emitters' output by ShippedOutputTests) and embedded here: a project that
/// takes the package as it comes gets these texts without the emitters running. Any other table text or setting is emitted.
/// </summary>
internal static class ShippedOutput
{
    private const string ResourcePrefix = "ImpHa.Shipped.";

    /// <summary>The manifest's resource: a line per file, its name and the fingerprints of the tables it is emitted from.</summary>
    public const string ManifestName = "manifest.txt";

    /// <summary>The manifest's line for the tool version the texts carry in <c>[GeneratedCode]</c>; a build of another version emits.</summary>
    public const string ToolVersionKey = "tool-version";

    /// <summary>The folder (and resource infix) of the texts for a consumer with nullable annotations (C# 8+).</summary>
    public const string LatestFolder = "Latest";

    /// <summary>The folder (and resource infix) of the texts for a consumer on C# 7.3.</summary>
    public const string CSharp7Folder = "CSharp7_3";

    private static readonly Dictionary<string, string> FingerprintsByFile = ReadManifest();

    /// <summary>
    /// The text of <paramref name="hintName"/> written when ImpHa was built, when <paramref name="options"/> are the defaults and
    /// <paramref name="tableFingerprints"/> (<see cref="Fingerprint"/> of each table the file is emitted from, in the emitter's
    /// order) are those of the package's own tables; otherwise null.
    /// </summary>
    public static string? Find(string hintName, EmitOptions options, params ulong[] tableFingerprints)
    {
        if (!IsDefault(options)
            || !FingerprintsByFile.TryGetValue(ToolVersionKey, out var toolVersion) || toolVersion != options.ToolVersion
            || !FingerprintsByFile.TryGetValue(hintName, out var expected) || expected != Join(tableFingerprints))
        {
            return null;
        }

        var folder = options.NullableAnnotations ? LatestFolder : CSharp7Folder;
        return EmbeddedText.Read(ResourcePrefix + folder + "." + hintName) is { } text ? DocComments.Apply(text, options) : null;
    }

    /// <summary>The settings the texts were written with, a project that sets none of ImpHa's generator properties; <see cref="Find"/> takes the documentation comments out where the options leave them out.</summary>
    public static bool IsDefault(EmitOptions options)
        => options.Namespace == GeneratedNames.DefaultNamespace
           && options.TypeVisibility == Settings.GeneratorSettings.DefaultVisibility
           && options.Parts == Settings.GeneratedParts.Default;

    /// <summary>
    /// FNV-1a over the text's UTF-16 code units: the same text gives the same value on every runtime, which
    /// <see cref="string.GetHashCode()"/> does not promise. An edited table differs in it unless by a 1-in-2^64 chance.
    /// </summary>
    public static ulong Fingerprint(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Fingerprints as the manifest writes them: lowercase hex, separated by spaces.</summary>
    public static string Join(ulong[] fingerprints)
    {
        var parts = new string[fingerprints.Length];
        for (var i = 0; i < fingerprints.Length; i++)
        {
            parts[i] = fingerprints[i].ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        }

        return string.Join(" ", parts);
    }

    private static Dictionary<string, string> ReadManifest()
    {
        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        var manifest = EmbeddedText.Read(ResourcePrefix + ManifestName) ?? string.Empty;
        foreach (var line in manifest.Replace("\r\n", "\n").Split('\n'))
        {
            var space = line.IndexOf(' ');
            if (space > 0)
            {
                byFile[line.Substring(0, space)] = line.Substring(space + 1);
            }
            else if (line.Length > 0)
            {
                byFile[line] = string.Empty;
            }
        }

        return byFile;
    }
}
