using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Analysis.Writes.Files;

/// <summary>
/// The project's own files it marks for checking (<c>&lt;AdditionalFiles Include="axl/*.xml" ImpHaCheck="true" /&gt;</c>):
/// SOAP templates, JSON settings and inventories, YAML variables. Files not marked are never read.
/// </summary>
internal static class CheckedFiles
{
    /// <summary>The item metadata as the compiler sees it (ImpHa.props makes it visible).</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.ImpHaCheck";

    public static bool IsMarked(AnalyzerConfigOptionsProvider options, AdditionalText file)
        => options.GetOptions(file).TryGetValue(MetadataKey, out var value) && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    public static bool AnyMarked(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (IsMarked(options.AnalyzerConfigOptionsProvider, file))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The file read by its kind: by extension, else by its first character.</summary>
    public static CheckedFileContent Read(FileText file, System.Threading.CancellationToken token)
        => KindOf(file) switch
        {
            Kind.Xml => XmlFile.Read(file, token),
            Kind.Json => JsonFile.Read(file),
            _ => YamlFile.Read(file),
        };

    private static Kind KindOf(FileText file)
    {
        switch (Extension(file.Path))
        {
            case ".xml" or ".wsdl" or ".xsd" or ".config":
                return Kind.Xml;
            case ".json":
                return Kind.Json;
            case ".yml" or ".yaml":
                return Kind.Yaml;
        }

        var text = file.Text;
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        return i < text.Length && text[i] == '<' ? Kind.Xml : i < text.Length && text[i] is '{' or '[' ? Kind.Json : Kind.Yaml;
    }

    // Not Path.GetExtension: on .NET Framework it throws for characters a path there may not hold.
    private static string Extension(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOfAny(['/', '\\']) ? path.Substring(dot).ToLowerInvariant() : string.Empty;
    }

    private enum Kind
    {
        Xml,
        Json,
        Yaml,
    }
}
