using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// Code that maps a parameter's name to its value: a switch expression's arm (<c>"Client Re-Login Upper Limit" =&gt; "300"</c>),
/// a switch statement's section (<c>case Labels.Upper: return "300";</c>) and an if statement that compares a name with a
/// constant (<c>if (name == Labels.Upper) return "300";</c>). Each is one item list: the constant as the name, what it selects as the value.
/// </summary>
internal static class NameMappings
{
    private const string Name = "name";
    private const string Value = "value";

    public static IEnumerable<IReadOnlyList<ParameterItem>> Of(IOperation operation)
    {
        var names = new List<IOperation>();
        IOperation? value = null;
        switch (operation)
        {
            case ISwitchExpressionArmOperation arm:
                AddConstants(arm.Pattern, names);
                value = arm.Value;
                break;
            case ISwitchCaseOperation section:
                foreach (var clause in section.Clauses)
                {
                    switch (clause)
                    {
                        case ISingleValueCaseClauseOperation single:
                            names.Add(single.Value);
                            break;
                        case IPatternCaseClauseOperation pattern:
                            AddConstants(pattern.Pattern, names);
                            break;
                    }
                }

                value = Selected(section.Body);
                break;
            case IConditionalOperation { WhenTrue: { } whenTrue } conditional:
                AddCompared(conditional.Condition, names);
                value = whenTrue is IBlockOperation block ? Selected(block.Operations) : Selected([whenTrue]);
                break;
        }

        if (value is null)
        {
            yield break;
        }

        foreach (var name in names)
        {
            yield return [new ParameterItem(Name, name), new ParameterItem(Value, value)];
        }
    }

    /// <summary>The constants a pattern matches: <c>"a"</c>, <c>"a" or "b"</c>.</summary>
    private static void AddConstants(IPatternOperation pattern, List<IOperation> names)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                names.Add(constant.Value);
                break;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                AddConstants(or.LeftPattern, names);
                AddConstants(or.RightPattern, names);
                break;
        }
    }

    /// <summary>The constants a condition compares with: <c>name == "a"</c>, <c>string.Equals(name, "a", …)</c>, <c>name.Equals("a", …)</c>, joined by <c>||</c>.</summary>
    private static void AddCompared(IOperation condition, List<IOperation> names)
    {
        switch (ConstantValues.Unwrap(condition))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                AddConstant(equals.LeftOperand, names);
                AddConstant(equals.RightOperand, names);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } or:
                AddCompared(or.LeftOperand, names);
                AddCompared(or.RightOperand, names);
                break;
            case IInvocationOperation { TargetMethod.Name: nameof(string.Equals) } invocation when invocation.TargetMethod.ContainingType.SpecialType == SpecialType.System_String:
                if (invocation.Instance is { } instance)
                {
                    AddConstant(instance, names);
                }

                foreach (var argument in invocation.Arguments)
                {
                    AddConstant(argument.Value, names);
                }

                break;
        }
    }

    private static void AddConstant(IOperation operand, List<IOperation> names)
    {
        if (ConstantValues.String(operand) is not null)
        {
            names.Add(operand);
        }
    }

    /// <summary>What a branch selects: the value it returns, else the value of its one assignment.</summary>
    private static IOperation? Selected(IEnumerable<IOperation> statements)
    {
        IOperation? assigned = null;
        var assignments = 0;
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case IReturnOperation { ReturnedValue: { } returned }:
                    return returned;
                case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }:
                    assigned = assignment.Value;
                    assignments++;
                    break;
            }
        }

        return assignments == 1 ? assigned : null;
    }
}
