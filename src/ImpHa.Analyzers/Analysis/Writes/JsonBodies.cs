using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// JSON bodies built as objects: an anonymous object (<c>new { processNodeName = node, service = srm, name = label, value = "300" }</c>),
/// and <c>System.Text.Json.Nodes.JsonObject</c> or <c>Newtonsoft.Json.Linq.JObject</c> filled by an index or collection
/// initializer (<c>["name"] = label</c>, <c>{ "name", label }</c>) or <c>JProperty</c> arguments. Each key is the item's member.
/// The types are matched by their full names: the analyzer references neither library.
/// </summary>
internal static class JsonBodies
{
    public static IEnumerable<IReadOnlyList<ParameterItem>> Of(IOperation operation)
    {
        var items = new List<ParameterItem>();
        switch (operation)
        {
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    {
                        items.Add(new ParameterItem(property.Property.Name, NodeValue(assignment.Value)));
                    }
                }

                break;
            case IObjectCreationOperation { Type.Name: "JProperty" } property when Container(property) is { } container:
                AddEntries(container, items);
                break;
            case IObjectCreationOperation creation:
                AddEntries(creation, items);
                break;
        }

        if (items.Count > 1)
        {
            yield return items;
        }
    }

    /// <summary>The members a JSON object's creation writes: its initializer's entries and its <c>JProperty</c> arguments.</summary>
    public static void AddEntries(IObjectCreationOperation creation, List<ParameterItem> items)
    {
        if (!IsJsonObject(creation.Type))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            var value = ConstantValues.Unwrap(argument.Value);
            if (value is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (var element in elements.ElementValues)
                {
                    AddProperty(element, items);
                }
            }
            else
            {
                AddProperty(value, items);
            }
        }

        foreach (var entry in creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                    Add(indexer.Arguments[0].Value, assignment.Value, items);
                    break;
                case IInvocationOperation { Arguments.Length: 2 } add:
                    Add(add.Arguments[0].Value, add.Arguments[1].Value, items);
                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="type"/> is <c>System.Text.Json.Nodes.JsonObject</c> or <c>Newtonsoft.Json.Linq.JObject</c>.</summary>
    public static bool IsJsonObject(ITypeSymbol? type) => type switch
    {
        { Name: "JsonObject" } => IsNamespace(type.ContainingNamespace, "Nodes", "Json", "Text", "System"),
        { Name: "JObject" } => IsNamespace(type.ContainingNamespace, "Linq", "Json", "Newtonsoft"),
        _ => false,
    };

    /// <summary>The value a JSON node holds where it is made from one: <c>JsonValue.Create(x)</c>, <c>new JValue(x)</c>, an implicit conversion.</summary>
    public static IOperation NodeValue(IOperation value)
    {
        var unwrapped = ConstantValues.Unwrap(value);
        return unwrapped switch
        {
            IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.Name: "JsonValue" }, Arguments.Length: >= 1 } create => ConstantValues.Unwrap(create.Arguments[0].Value),
            IObjectCreationOperation { Type.Name: "JValue", Arguments.Length: 1 } jvalue => ConstantValues.Unwrap(jvalue.Arguments[0].Value),
            _ => unwrapped,
        };
    }

    /// <summary>The creation a <c>JProperty</c> is an argument of: a name found inside the property is a member of that object.</summary>
    private static IObjectCreationOperation? Container(IOperation property)
    {
        for (var parent = property.Parent; parent is IConversionOperation or IArgumentOperation or IArrayCreationOperation or IArrayInitializerOperation or IObjectCreationOperation; parent = parent.Parent)
        {
            if (parent is IObjectCreationOperation creation)
            {
                return IsJsonObject(creation.Type) ? creation : null;
            }
        }

        return null;
    }

    private static void AddProperty(IOperation value, List<ParameterItem> items)
    {
        if (ConstantValues.Unwrap(value) is IObjectCreationOperation { Type.Name: "JProperty", Arguments.Length: 2 } property)
        {
            Add(property.Arguments[0].Value, property.Arguments[1].Value, items);
        }
    }

    private static void Add(IOperation key, IOperation value, List<ParameterItem> items)
    {
        if (ConstantValues.String(key) is { } member)
        {
            items.Add(new ParameterItem(member, NodeValue(value)));
        }
    }

    private static bool IsNamespace(INamespaceSymbol? ns, params string[] innermostFirst)
    {
        foreach (var name in innermostFirst)
        {
            if (ns is null || ns.Name != name)
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: true };
    }
}
