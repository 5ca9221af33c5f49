using System.Collections.Generic;
using System.Globalization;
using ImpHa.Analyzers.Domain;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Shapes;

/// <summary>A hardcoded value written to a service parameter: the value and the operation that carries it.</summary>
internal sealed record ParameterWrite(LimitKind Kind, int Value, bool IsString, IOperation ValueOperation)
{
    /// <summary>What the selected profile needs here, when that is known.</summary>
    public int? Expected { get; init; }
}

/// <summary>
/// Recognises the code shapes that set a service parameter: a call or object creation with the
/// parameter's name and its value among the arguments, or an initializer like
/// <c>new UpdateServiceParameterReq { name = "...", value = "..." }</c>.
/// </summary>
internal static class ParameterWriteShapes
{
    private static readonly HashSet<string> NameMembers = new(System.StringComparer.OrdinalIgnoreCase) { "name", "parameterName", "paramName", "parameter" };
    private static readonly HashSet<string> ValueMembers = new(System.StringComparer.OrdinalIgnoreCase) { "value", "parameterValue", "paramValue" };

    /// <summary>(name, value) pairs: argument lists give positions, initializers give member names.</summary>
    public static IEnumerable<IReadOnlyList<(string? Member, IOperation Value)>> Candidates(IOperation operation)
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

                if (creation.Initializer is { } initializer)
                {
                    var members = new List<(string?, IOperation)>();
                    foreach (var item in initializer.Initializers)
                    {
                        if (item is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment)
                        {
                            members.Add((target.Member.Name, assignment.Value));
                        }
                    }

                    if (members.Count > 1)
                    {
                        yield return members;
                    }
                }

                break;
        }
    }

    /// <summary>Console, string formatting, logging: a label there is text, not a parameter write.</summary>
    private static bool IsTextFormatting(IMethodSymbol method)
    {
        // The outermost three namespaces, read without building the dotted name.
        INamespaceSymbol? outermost = null, second = null, third = null;
        for (var ns = method.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            (third, second, outermost) = (second, outermost, ns);
        }

        if (outermost?.Name == "System" || (outermost?.Name == "Microsoft" && second?.Name == "Extensions" && third?.Name == "Logging"))
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

    public static bool IsNameMember(string? member) => member is null || NameMembers.Contains(member);

    public static bool IsValueMember(string? member) => member is null || ValueMembers.Contains(member);

    private static IReadOnlyList<(string?, IOperation)> Arguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        var items = new List<(string?, IOperation)>(arguments.Length);
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                items.Add((null, argument.Value));
            }
        }

        return items;
    }

    public static string? StringConstant(IOperation operation)
    {
        var value = Unwrap(operation).ConstantValue;
        return value.HasValue ? value.Value as string : null;
    }

    /// <summary>An int constant, or a string constant holding a whole number: the forms a limit is written in.</summary>
    public static bool TryNumber(IOperation operation, out int number, out bool isString)
    {
        number = 0;
        isString = false;
        var constant = Unwrap(operation).ConstantValue;
        if (!constant.HasValue)
        {
            return false;
        }

        switch (constant.Value)
        {
            case int i:
                number = i;
                return true;
            case long l when l is >= int.MinValue and <= int.MaxValue:
                number = (int)l;
                return true;
            case string s:
                isString = true;
                return int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
            default:
                return false;
        }
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
