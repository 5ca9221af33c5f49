using System.IO;

namespace ImpHa.Analyzers.Emit;

/// <summary>Text resources embedded in this assembly: the templates and the output written ahead.</summary>
internal static class EmbeddedText
{
    /// <summary>The resource's text, or null when the assembly has no resource of that name.</summary>
    public static string? Read(string resourceName)
    {
        using var stream = typeof(EmbeddedText).Assembly.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
