using System;
using System.Collections.Generic;

namespace ImpHa.Core.Validate;

/// <summary>
/// Which texts ImpHa writes into generated C# as names: table ids (members) and ImpHaNamespace (each dotted part).
/// The one place these rules are written; a test checks the keyword list against the compiler's.
/// </summary>
public static class CSharpIdentifiers
{
    private static readonly HashSet<string> KeywordSet = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>The C# reserved keywords (and the undocumented <c>__arglist</c> family), which cannot be names without '@'.</summary>
    public static IReadOnlyCollection<string> Keywords => KeywordSet;

    /// <summary>
    /// Letters, digits and '_' only, not starting with a digit: C# would also take '@' and invisible format
    /// characters, which would hide in generated code.
    /// </summary>
    public static bool IsPlain(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsKeyword(string text) => KeywordSet.Contains(text);

    /// <summary>A plain identifier that is not a keyword: what each dotted part of ImpHaNamespace must be.</summary>
    public static bool IsPlainIdentifier(string text) => IsPlain(text) && !IsKeyword(text);

    /// <summary>A dotted namespace whose every part is a <see cref="IsPlainIdentifier">plain identifier</see>.</summary>
    public static bool IsPlainNamespace(string text) => Array.TrueForAll(text.Split('.'), IsPlainIdentifier);

    /// <summary>
    /// A member of a generated enum (a restart rule's id): a plain identifier that also starts with a letter and has no
    /// '__', which the compiler reserves. <paramref name="why"/> says how to fix one that is not.
    /// </summary>
    public static bool IsMemberName(string text, out string why)
    {
        why = string.Empty;
        if (!IsPlain(text))
        {
            why = "use letters, digits and '_' only, starting with a letter, e.g. EditProxyConfiguration";
            return false;
        }

        if (IsKeyword(text))
        {
            why = "it is a C# keyword; choose a descriptive name such as EditProxyConfiguration";
            return false;
        }

        if (text.StartsWith("_", StringComparison.Ordinal) || text.Contains("__"))
        {
            why = "start with a letter and avoid '__' (reserved by the compiler)";
            return false;
        }

        return true;
    }
}
