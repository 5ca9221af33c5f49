using System.Collections.Generic;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// Values written to fields, properties and parameters marked <c>[ReLoginUpperLimit]</c> or
/// <c>[ReLoginLowerLimit]</c>: initializers, default values, assignments and arguments.
/// </summary>
internal sealed class MarkedMembers(INamedTypeSymbol? upperAttribute, INamedTypeSymbol? lowerAttribute)
{
    /// <summary>Whether the compilation has the attributes at all; <see cref="DeclarationIndex.MarkedNames"/> says whether anything uses them.</summary>
    public bool Exist => upperAttribute is not null || lowerAttribute is not null;

    /// <summary>The generated attributes, found in the namespace the generator emits to.</summary>
    public static MarkedMembers Find(Compilation compilation, string generatedNamespace)
        => new(
            compilation.GetTypeByMetadataName(GeneratedNames.MetadataName(generatedNamespace, GeneratedNames.UpperLimitAttribute)),
            compilation.GetTypeByMetadataName(GeneratedNames.MetadataName(generatedNamespace, GeneratedNames.LowerLimitAttribute)));

    /// <summary>(kind, value) when <paramref name="operation"/> writes to a marked member, else null.</summary>
    /// <remarks>Members whose name is not in <paramref name="markedNames"/> are passed over before their attributes are read.</remarks>
    public (LimitKind Kind, IOperation Value)? Write(IOperation operation, HashSet<string> markedNames) => operation switch
    {
        ISimpleAssignmentOperation assignment when Target(assignment.Target) is { } target && KindOf(target, markedNames) is { } kind => (kind, assignment.Value),
        IFieldInitializerOperation initializer when First(initializer.InitializedFields, markedNames) is { } kind => (kind, initializer.Value),
        IPropertyInitializerOperation initializer when First(initializer.InitializedProperties, markedNames) is { } kind => (kind, initializer.Value),
        IParameterInitializerOperation initializer when KindOf(initializer.Parameter, markedNames) is { } kind => (kind, initializer.Value),
        _ => null,
    };

    /// <summary>Arguments passed to marked parameters; default values are checked where they are declared.</summary>
    public IEnumerable<(LimitKind Kind, IOperation Value)> Arguments(IOperation operation, HashSet<string> markedNames)
    {
        var arguments = operation switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };
        if (arguments.IsDefaultOrEmpty)
        {
            yield break;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && KindOf(parameter, markedNames) is { } kind)
            {
                yield return (kind, argument.Value);
            }
        }
    }

    private static ISymbol? Target(IOperation target) => target switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    private LimitKind? First<T>(System.Collections.Immutable.ImmutableArray<T> symbols, HashSet<string> markedNames)
        where T : ISymbol
    {
        foreach (var symbol in symbols)
        {
            if (KindOf(symbol, markedNames) is { } kind)
            {
                return kind;
            }
        }

        return null;
    }

    private LimitKind? KindOf(ISymbol symbol, HashSet<string> markedNames)
    {
        if (!markedNames.Contains(symbol.Name))
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (upperAttribute is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, upperAttribute))
            {
                return LimitKind.Upper;
            }

            if (lowerAttribute is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, lowerAttribute))
            {
                return LimitKind.Lower;
            }
        }

        return null;
    }
}
