using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// AXL's <c>&lt;choice&gt;</c> as generated proxies write it. XmlSerializer code for the 12.5+ schema has
/// <c>object[] Items</c> with an <c>ItemsElementName</c> array naming each element; wsdl.exe proxies for CUCM
/// 4.x–6.x have <c>object Item</c> with an <c>ItemElementName</c>. Each item takes the element name as its
/// member, so <c>Items[i]</c> is the parameter name when <c>ItemsElementName[i]</c> is <c>name</c>.
/// </summary>
internal static class ChoiceItems
{
    private const string Items = "Items";
    private const string ItemsElementName = "ItemsElementName";
    private const string Item = "Item";
    private const string ItemElementName = "ItemElementName";

    public static IReadOnlyList<ParameterItem> Expand(List<ParameterItem> items)
    {
        if (!items.Exists(i => i.Member is Items or Item))
        {
            return items;
        }

        // The last assignment counts, as at run time.
        IOperation? itemsNames = null, itemName = null;
        foreach (var item in items)
        {
            switch (item.Member)
            {
                case ItemsElementName: itemsNames = item.Value; break;
                case ItemElementName: itemName = item.Value; break;
            }
        }

        var names = itemsNames is null ? null : Elements(itemsNames);
        var expanded = new List<ParameterItem>(items.Count + 4);
        foreach (var item in items)
        {
            switch (item.Member)
            {
                case Items when item.Value is not null && Elements(item.Value) is { } values:
                    for (var i = 0; i < values.Count; i++)
                    {
                        expanded.Add(new ParameterItem(names is not null && i < names.Count ? EnumMember(names[i]) : null, values[i]));
                    }

                    break;
                case Item:
                    expanded.Add(new ParameterItem(itemName is null ? null : EnumMember(itemName), item.Value));
                    break;
                case ItemsElementName or ItemElementName or Items:
                    break;
                default:
                    expanded.Add(item);
                    break;
            }
        }

        return expanded;
    }

    /// <summary>The elements of an array written in place (<c>new object[] { … }</c>, <c>new[] { … }</c>, a collection expression).</summary>
    private static IReadOnlyList<IOperation>? Elements(IOperation value)
    {
        var unwrapped = ConstantValues.Unwrap(value);
        if (unwrapped is IArrayCreationOperation { Initializer: { } initializer })
        {
            return initializer.ElementValues;
        }

        // C# 12 collection expressions, read without a compile-time dependency on the newer operation type.
        if (unwrapped.Kind.ToString() == "CollectionExpression")
        {
            var elements = new List<IOperation>();
            foreach (var child in unwrapped.ChildOperations)
            {
                elements.Add(child);
            }

            return elements;
        }

        return null;
    }

    /// <summary>The element name an enum value stands for: <c>ItemsChoiceType42.name</c> is <c>name</c>; anything else stays open (null).</summary>
    private static string? EnumMember(IOperation value)
        => ConstantValues.Unwrap(value) is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } field } ? field.Name : null;
}
