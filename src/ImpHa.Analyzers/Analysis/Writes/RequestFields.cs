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
/// The receiver is matched by its text.
/// </summary>
internal static class RequestFields
{
    /// <summary>The receiver <paramref name="node"/> fills, when it is <c>receiver.member = …</c> or a creation stored in a variable; else null.</summary>
    public static string? Receiver(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } assignment
            when IsFieldWrite(assignment) && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            => Text(access.Expression),
        AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element } assignment
            when IsFieldWrite(assignment)
            => Text(element.Expression),
        BaseObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } } => variable.Identifier.ValueText,
        BaseObjectCreationExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } creation when assignment.Right == creation && IsFieldWrite(assignment) => Text(assignment.Left),
        _ => null,
    };

    /// <summary>The states of <paramref name="receiver"/> within <paramref name="owner"/> that leave the code: sent, returned, stored, replaced, or left at the end.</summary>
    public static List<IReadOnlyList<ParameterItem>> States(SemanticModel model, SyntaxNode owner, string receiver, CancellationToken token)
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
                case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation } variable when variable.Identifier.ValueText == receiver:
                    TakeState();
                    (fields, changed) = (Initializer(model, creation, token), true);
                    break;
                case AssignmentExpressionSyntax { Right: BaseObjectCreationExpressionSyntax creation } assignment when IsFieldWrite(assignment) && IsReceiver(assignment.Left, receiver):
                    TakeState();
                    (fields, changed) = (Initializer(model, creation, token), true);
                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } assignment
                    when IsFieldWrite(assignment) && access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsReceiver(access.Expression, receiver):
                    var member = access.Name.Identifier.ValueText;
                    fields.RemoveAll(f => f.Member == member);
                    if (model.GetOperation(assignment.Right, token) is { } value)
                    {
                        fields.Add(new ParameterItem(member, value));
                    }

                    changed = true;
                    break;
                case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element } assignment
                    when IsFieldWrite(assignment) && IsReceiver(element.Expression, receiver) && JsonKey(model, element, token) is { } key:
                    fields.RemoveAll(f => f.Member == key);
                    if (model.GetOperation(assignment.Right, token) is { } entry)
                    {
                        fields.Add(new ParameterItem(key, JsonBodies.NodeValue(entry)));
                    }

                    changed = true;
                    break;
                case ArgumentSyntax argument when IsReceiver(argument.Expression, receiver):
                case ReturnStatementSyntax { Expression: { } returned } when IsReceiver(returned, receiver):
                case EqualsValueClauseSyntax { Value: var stored } when IsReceiver(stored, receiver):
                case AssignmentExpressionSyntax { Right: var assigned } when IsReceiver(assigned, receiver):
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

    private static string Text(ExpressionSyntax expression) => expression.WithoutTrivia().ToString();

    /// <summary>Whether <paramref name="expression"/> is the receiver, without building text for the many that cannot be.</summary>
    private static bool IsReceiver(ExpressionSyntax expression, string receiver) => expression is IdentifierNameSyntax identifier
        ? identifier.Identifier.ValueText == receiver
        : expression.Span.Length == receiver.Length && Text(expression) == receiver;
}
