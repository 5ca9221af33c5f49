using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// XML built with System.Xml.Linq: <c>new XElement(ns + "updateServiceParameter", new XElement("name", label),
/// new XElement("service", srm), new XElement("value", "300"))</c>. The text-only elements and the attributes under
/// one <c>XElement</c> or <c>XDocument</c> are one item list, each named by its local name. The types are matched by their full names.
/// </summary>
internal static class XmlTrees
{
    public static IEnumerable<IReadOnlyList<ParameterItem>> Of(IOperation operation)
    {
        var creation = operation as IObjectCreationOperation;
        if (creation is null || !(IsXml(creation.Type, "XElement") || IsXml(creation.Type, "XAttribute")))
        {
            yield break;
        }

        if (Children(creation) is { } own)
        {
            yield return own;
        }

        if (Container(creation) is { } container && Children(container) is { } siblings)
        {
            yield return siblings;
        }
    }

    /// <summary>The leaf elements and attributes among a creation's content, when there are at least two.</summary>
    private static List<ParameterItem>? Children(IObjectCreationOperation parent)
    {
        var items = new List<ParameterItem>();
        foreach (var argument in parent.Arguments)
        {
            if (argument.Parameter?.Name == "name")
            {
                continue;
            }

            if (ConstantValues.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    AddLeaf(element, items);
                }
            }
            else
            {
                AddLeaf(argument.Value, items);
            }
        }

        return items.Count > 1 ? items : null;
    }

    /// <summary><c>new XElement(name, value)</c> or <c>new XAttribute(name, value)</c> with a name known at compile time.</summary>
    private static void AddLeaf(IOperation content, List<ParameterItem> items)
    {
        if (ConstantValues.Unwrap(content) is IObjectCreationOperation { Arguments.Length: 2 } leaf
            && (IsXml(leaf.Type, "XElement") || IsXml(leaf.Type, "XAttribute"))
            && LocalName(leaf.Arguments[0].Value) is { } name
            && ConstantValues.Unwrap(leaf.Arguments[1].Value) is var value
            && value is not IArrayCreationOperation)
        {
            items.Add(new ParameterItem(name, value));
        }
    }

    /// <summary>The XElement or XDocument creation <paramref name="element"/> is content of.</summary>
    private static IObjectCreationOperation? Container(IOperation element)
    {
        for (var parent = element.Parent; parent is IConversionOperation or IArgumentOperation or IArrayCreationOperation or IArrayInitializerOperation or IObjectCreationOperation; parent = parent.Parent)
        {
            if (parent is IObjectCreationOperation creation)
            {
                return IsXml(creation.Type, "XElement") || IsXml(creation.Type, "XDocument") ? creation : null;
            }
        }

        return null;
    }

    /// <summary>An XName's local name: <c>"name"</c>, <c>ns + "name"</c>, <c>XName.Get("name", …)</c>.</summary>
    private static string? LocalName(IOperation name)
    {
        var unwrapped = ConstantValues.Unwrap(name);
        if (unwrapped is IConversionOperation { OperatorMethod: not null } conversion)
        {
            unwrapped = ConstantValues.Unwrap(conversion.Operand);
        }

        var text = unwrapped switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } qualified => ConstantValues.String(qualified.RightOperand),
            IInvocationOperation { TargetMethod.Name: "Get", Arguments.Length: >= 1 } get => ConstantValues.String(get.Arguments[0].Value),
            _ => ConstantValues.String(unwrapped),
        };
        if (text is null)
        {
            return null;
        }

        // "{namespace}local", as XName parses it.
        var close = text.LastIndexOf('}');
        return close >= 0 ? text.Substring(close + 1) : text;
    }

    /// <summary>Whether <paramref name="type"/> is System.Xml.Linq's type of that name.</summary>
    public static bool IsXml(ITypeSymbol? type, string name)
        => type is not null && type.Name == name
            && type.ContainingNamespace is { Name: "Linq", ContainingNamespace: { Name: "Xml", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
