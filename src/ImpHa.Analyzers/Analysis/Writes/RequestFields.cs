using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// A request filled field by field, as Cisco's AXL samples do: <c>var req = new UpdateServiceParameterReq();
/// req.name = "…"; req.value = "300"; client.updateServiceParameter(req);</c>, and a JSON object written key by key
/// (<c>body["name"] = …; body["value"] = "300";</c>, <see cref="JsonBodies"/>). Walks the member in text
/// order keeping each field's last value, as at run time, and takes the request's state wherever it leaves
/// the code (passed as an argument, returned, stored), is replaced by a new creation, or is left at the end.
/// The receiver is matched by its symbol (<see cref="Receiver"/>).
/// </summary>
internal static class RequestFields
{
    /// <summary>The receiver <paramref name="node"/> fills, when it is <c>receiver.member = …</c> or a creation stored in a variable; else null.</summary>
    public static Receiver? ReceiverOf(SemanticModel model, SyntaxNode node, CancellationToken token) => node switch
    {
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } assignment
            when IsFieldWrite(assignment) && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            => Receiver.Of(model, access.Expression, token),
        AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element } assignment
            when IsFieldWrite(assignment)
            => Receiver.Of(model, element.Expression, token),
        BaseObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } } => Receiver.Of(model, variable, token),
        BaseObjectCreationExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } creation when assignment.Right == creation && IsFieldWrite(assignment)
            => Receiver.Of(model, assignment.Left, token),
        _ => null,
    };

    /// <summary>The states of <paramref name="receiver"/> within <paramref name="owner"/> that leave the code: sent, returned, stored, replaced, or left at the end.</summary>
    public static List<IReadOnlyList<ParameterItem>> States(SemanticModel model, SyntaxNode owner, Receiver receiver, CancellationToken token)
    {
        var states = new List<IReadOnlyList<ParameterItem>>();
        var fields = new List<ParameterItem>();
        var changed = false;
        void TakeState()
        {
            if (changed && fields.Count > 1)
            {
                states.Add(ChoiceItems.Expand([.. fields]));
            }

            changed = false;
        }

        foreach (var node in owner.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation } variable when receiver.IsDeclaredBy(model, variable, token):
                    TakeState();
                    (fields, changed) = (Initializer(model, creation, token), true);
                    break;
                case AssignmentExpressionSyntax { Right: BaseObjectCreationExpressionSyntax creation } assignment when IsFieldWrite(assignment) && receiver.Is(model, assignment.Left, token):
                    TakeState();
                    (fields, changed) = (Initializer(model, creation, token), true);
                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } assignment
                    when IsFieldWrite(assignment) && access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && receiver.Is(model, access.Expression, token):
                    var member = access.Name.Identifier.ValueText;
                    fields.RemoveAll(f => f.Member == member);
                    if (model.GetOperation(assignment.Right, token) is { } value)
                    {
                        fields.Add(new ParameterItem(member, value));
                    }

                    changed = true;
                    break;
                case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element } assignment
                    when IsFieldWrite(assignment) && receiver.Is(model, element.Expression, token) && JsonKey(model, element, token) is { } key:
                    fields.RemoveAll(f => f.Member == key);
                    if (model.GetOperation(assignment.Right, token) is { } entry)
                    {
                        fields.Add(new ParameterItem(key, JsonBodies.NodeValue(entry)));
                    }

                    changed = true;
                    break;
                case ArgumentSyntax argument when receiver.Is(model, argument.Expression, token):
                case ReturnStatementSyntax { Expression: { } returned } when receiver.Is(model, returned, token):
                case EqualsValueClauseSyntax { Value: var stored } when receiver.Is(model, stored, token):
                case AssignmentExpressionSyntax { Right: var assigned } when receiver.Is(model, assigned, token):
                    TakeState();
                    break;
            }
        }

        TakeState();
        return states;
    }

    private static bool IsFieldWrite(AssignmentExpressionSyntax assignment)
        => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Parent is not InitializerExpressionSyntax;

    private static List<ParameterItem> Initializer(SemanticModel model, BaseObjectCreationExpressionSyntax creation, CancellationToken token)
    {
        var items = new List<ParameterItem>();
        if (creation.Initializer is not null && model.GetOperation(creation, token) is IObjectCreationOperation operation)
        {
            ParameterItems.AddMembers(operation.Initializer, items);
            JsonBodies.AddEntries(operation, items);
        }

        return items;
    }

    /// <summary>The key of <c>body["key"] = …</c> when <c>body</c> is a JSON object (<see cref="JsonBodies.IsJsonObject"/>).</summary>
    private static string? JsonKey(SemanticModel model, ElementAccessExpressionSyntax element, CancellationToken token)
        => model.GetConstantValue(element.ArgumentList.Arguments[0].Expression, token) is { HasValue: true, Value: string key }
            && JsonBodies.IsJsonObject(model.GetTypeInfo(element.Expression, token).Type)
            ? key
            : null;
}
