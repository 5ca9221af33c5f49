using System.Text;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Takes the documentation comments out of emitted text where <see cref="EmitOptions.DocComments"/> is false: the compiler
/// writes every documented member into the project's XML documentation file, internal ones too.
/// </summary>
internal static class DocComments
{
    /// <summary>
    /// <paramref name="text"/> as the options want it: unchanged, or without its documentation comments; public types
    /// without them would make the compiler warn CS1591 for each member, so the file turns that warning off.
    /// </summary>
    public static string Apply(string text, EmitOptions options)
    {
        if (options.DocComments)
        {
            return text;
        }

        var removed = Remove(text);
        if (options.TypeVisibility == Settings.GeneratorSettings.DefaultVisibility)
        {
            return removed;
        }

        // After the first line, which is the auto-generated header every emitted file starts with.
        var firstLineEnd = removed.IndexOf('\n') + 1;
        return removed.Substring(0, firstLineEnd) + "#pragma warning disable CS1591\n" + removed.Substring(firstLineEnd);
    }

    /// <summary><paramref name="text"/> without its <c>///</c> lines; the emitters start every documentation comment on a line of its own.</summary>
    public static string Remove(string text)
    {
        var kept = new StringBuilder(text.Length);
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var next = newline < 0 ? text.Length : newline + 1;
            if (!IsDocLine(text, start, next))
            {
                kept.Append(text, start, next - start);
            }

            start = next;
        }

        return kept.ToString();
    }

    private static bool IsDocLine(string text, int start, int end)
    {
        var at = start;
        while (at < end && text[at] == ' ')
        {
            at++;
        }

        return end - at >= 3 && text[at] == '/' && text[at + 1] == '/' && text[at + 2] == '/';
    }
}
