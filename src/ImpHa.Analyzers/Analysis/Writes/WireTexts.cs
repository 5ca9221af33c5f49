using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// Requests written as text (<see cref="XmlText"/>, <see cref="JsonText"/>) in any string the code builds at compile time
/// (<see cref="ComposedText"/>). A string that is a message (logged, printed, thrown) is prose, however it is written.
/// </summary>
internal static class WireTexts
{
    public static IEnumerable<IReadOnlyList<ParameterItem>> Of(IOperation text)
    {
        if (IsMessage(text) || ComposedText.Of(text) is not { } composed)
        {
            return [];
        }

        var value = composed.Text;
        var lists = new List<IReadOnlyList<ParameterItem>>();
        if (value.IndexOf('<') >= 0)
        {
            lists.AddRange(XmlText.Items(composed));
        }

        if (value.IndexOf('{') >= 0 && value.IndexOf(':') >= 0)
        {
            lists.AddRange(JsonText.Items(composed));
        }

        return lists;
    }

    /// <summary>An argument to a message parameter, to a console, debug, trace or logging call, or to an exception's constructor.</summary>
    private static bool IsMessage(IOperation text)
    {
        var operation = text;
        while (operation.Parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation.Parent;
        }

        if (operation.Parent is not IArgumentOperation argument)
        {
            return false;
        }

        if (argument.Parameter?.Name is "message" or "format" or "messageTemplate")
        {
            return true;
        }

        return argument.Parent switch
        {
            IInvocationOperation invocation => IsMessageType(invocation.TargetMethod.ContainingType),
            IObjectCreationOperation creation => IsException(creation.Type),
            _ => false,
        };
    }

    private static bool IsMessageType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        return (type.Name == "Console" && ns is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
            || (type.Name is "Debug" or "Trace" && ns is { Name: "Diagnostics", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            || (ns is { Name: "Logging", ContainingNamespace: { Name: "Extensions", ContainingNamespace.Name: "Microsoft" } });
    }

    private static bool IsException(ITypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == nameof(System.Exception) && t.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }
}
