using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// The item lists one call, creation, assignment or tuple can write a parameter with: a call's or
/// constructor's arguments, an object initializer's members (choice items expanded), each entry of a
/// collection or index initializer (<c>{ "name", "300" }</c>, <c>["name"] = "300"</c>), an indexer
/// assignment (<c>settings["name"] = "300"</c>), a tuple (<c>("name", 300)</c>).
/// </summary>
internal static class ParameterItems
{
    /// <param name="withMembers">False when the initializer's members are read with the fields the code assigns afterwards (<see cref="RequestFields"/>).</param>
    public static IEnumerable<IReadOnlyList<ParameterItem>> Of(IOperation operation, bool withMembers = true)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when !IsTextFormatting(invocation.TargetMethod):
                yield return Arguments(invocation.Arguments);
                break;
            case IObjectCreationOperation creation:
                if (creation.Arguments.Length > 1)
                {
                    yield return Arguments(creation.Arguments);
                }

                foreach (var items in Initializer(creation.Initializer, withMembers))
                {
                    yield return items;
                }

                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                yield return [new ParameterItem(null, indexer.Arguments[0].Value), new ParameterItem(null, assignment.Value)];
                break;
            case ITupleOperation tuple when tuple.Elements.Length > 1:
                var elements = new List<ParameterItem>(tuple.Elements.Length);
                foreach (var element in tuple.Elements)
                {
                    elements.Add(new ParameterItem(null, element));
                }

                yield return elements;
                break;
        }
    }

    /// <summary>The members an object initializer assigns, in order, with their values.</summary>
    public static void AddMembers(IObjectOrCollectionInitializerOperation? initializer, List<ParameterItem> items)
    {
        foreach (var item in initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (item is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment and not { Target: IPropertyReferenceOperation { Arguments.Length: > 0 } })
            {
                items.Add(new ParameterItem(target.Member.Name, assignment.Value));
            }
        }
    }

    private static IEnumerable<IReadOnlyList<ParameterItem>> Initializer(IObjectOrCollectionInitializerOperation? initializer, bool withMembers)
    {
        if (initializer is null)
        {
            yield break;
        }

        if (withMembers)
        {
            var members = new List<ParameterItem>();
            AddMembers(initializer, members);
            if (members.Count > 1)
            {
                yield return ChoiceItems.Expand(members);
            }
        }

        foreach (var item in initializer.Initializers)
        {
            switch (item)
            {
                // { "name", "300" } in a collection initializer: a call to Add.
                case IInvocationOperation add:
                    yield return Arguments(add.Arguments);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } entry:
                    yield return [new ParameterItem(null, indexer.Arguments[0].Value), new ParameterItem(null, entry.Value)];
                    break;
            }
        }
    }

    /// <summary>Console, string formatting, logging: a label there is text, not a parameter write. Collections are not.</summary>
    private static bool IsTextFormatting(IMethodSymbol method)
    {
        // The outermost three namespaces, read without building the dotted name.
        INamespaceSymbol? outermost = null, second = null, third = null;
        for (var ns = method.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            (third, second, outermost) = (second, outermost, ns);
        }

        if ((outermost?.Name == "System" && second?.Name != "Collections") || (outermost?.Name == "Microsoft" && second?.Name == "Extensions" && third?.Name == "Logging"))
        {
            return true;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name is "format" or "message" or "messageTemplate")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The arguments; a parameter's name gives the item its role where it names one.</summary>
    private static IReadOnlyList<ParameterItem> Arguments(ImmutableArray<IArgumentOperation> arguments)
    {
        var items = new List<ParameterItem>(arguments.Length);
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                items.Add(new ParameterItem(argument.Parameter is { } parameter ? ParameterMembers.Role(parameter.Name) : null, argument.Value));
            }
        }

        return items;
    }
}
