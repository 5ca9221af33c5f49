using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// XML written element by element with an <c>XmlWriter</c>: <c>writer.WriteStartElement("updateServiceParameter");
/// writer.WriteElementString("name", label); writer.WriteElementString("value", "300"); writer.WriteEndElement();</c>.
/// The <c>WriteElementString</c> calls between one start and its end, in text order within one member, are one item list.
/// The writer is matched by its symbol, as <see cref="RequestFields"/> matches a request.
/// </summary>
internal static class XmlWriterCalls
{
    private const string WriteElementString = nameof(WriteElementString);

    /// <summary>The writer <paramref name="node"/> writes an element with, when it is <c>writer.WriteElementString(…)</c>; else null.</summary>
    public static Receiver? Writer(SemanticModel model, SyntaxNode node, CancellationToken token)
        => node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: WriteElementString } access }
            ? Receiver.Of(model, access.Expression, token)
            : null;

    /// <summary>The elements the writer writes under each parent in <paramref name="owner"/>.</summary>
    public static List<IReadOnlyList<ParameterItem>> Groups(SemanticModel model, SyntaxNode owner, Receiver writer, CancellationToken token)
    {
        var groups = new List<IReadOnlyList<ParameterItem>>();
        var open = new List<List<ParameterItem>> { new() };
        foreach (var node in owner.DescendantNodes())
        {
            var invocation = node as InvocationExpressionSyntax;
            var access = invocation?.Expression as MemberAccessExpressionSyntax;
            if (invocation is null || access is null || !writer.Is(model, access.Expression, token))
            {
                continue;
            }

            switch (access.Name.Identifier.ValueText)
            {
                case "WriteStartElement" or "WriteStartDocument":
                    open.Add([]);
                    break;
                case "WriteEndElement" or "WriteFullEndElement" or "WriteEndDocument" when open.Count > 1:
                    Close(open, groups);
                    break;
                case WriteElementString when Element(model.GetOperation(invocation, token)) is { } item:
                    open[open.Count - 1].Add(item);
                    break;
            }
        }

        while (open.Count > 0)
        {
            Close(open, groups);
        }

        return groups;
    }

    private static void Close(List<List<ParameterItem>> open, List<IReadOnlyList<ParameterItem>> groups)
    {
        if (open[open.Count - 1].Count > 1)
        {
            groups.Add(open[open.Count - 1]);
        }

        open.RemoveAt(open.Count - 1);
    }

    /// <summary>One element: its local name and its value, when the call is XmlWriter's and the name is a constant.</summary>
    private static ParameterItem? Element(IOperation? operation)
    {
        if (operation is not IInvocationOperation invocation || !IsXmlWriter(invocation.TargetMethod.ContainingType))
        {
            return null;
        }

        IOperation? name = null, value = null;
        foreach (var argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "localName":
                    name = argument.Value;
                    break;
                case "value":
                    value = argument.Value;
                    break;
            }
        }

        return name is not null && value is not null && ConstantValues.String(name) is { } local ? new ParameterItem(local, ConstantValues.Unwrap(value)) : null;
    }

    private static bool IsXmlWriter(INamedTypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == "XmlWriter" && t.ContainingNamespace is { Name: "Xml", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }
}
