using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Shapes;

/// <summary>
/// A request filled field by field, as Cisco's AXL samples do: <c>var req = new UpdateServiceParameterReq();
/// req.name = "…"; req.value = "300"; client.updateServiceParameter(req);</c>. Walks the member in text
/// order keeping each field's last value, as at run time, and takes the request's state wherever it is
/// sent (passed as an argument), refilled (a field assigned again), replaced (a new creation) or left at
/// the end. The receiver is matched by its text.
/// </summary>
internal static class RequestFields
{
    /// <summary>The receiver <paramref name="node"/> fills, when it is <c>receiver.member = …</c> or a creation stored in a variable; else null.</summary>
    public static string? Receiver(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } assignment
            when IsFieldWrite(assignment) && access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
            => Text(access.Expression),
        BaseObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } } => variable.Identifier.ValueText,
        BaseObjectCreationExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } creation when assignment.Right == creation && IsFieldWrite(assignment) => Text(assignment.Left),
        _ => null,
    };

    /// <summary>The states of <paramref name="receiver"/> within <paramref name="owner"/> that code can send.</summary>
    public static List<IReadOnlyList<ParameterItem>> States(SemanticModel model, SyntaxNode owner, string receiver, CancellationToken token)
    {
        var states = new List<IReadOnlyList<ParameterItem>>();
        var fields = new List<ParameterItem>();
        void TakeState()
        {
            if (fields.Count > 1)
            {
                states.Add(ChoiceItems.Expand([.. fields]));
            }
        }

        foreach (var node in owner.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation } variable when variable.Identifier.ValueText == receiver:
                    TakeState();
                    fields = Initializer(model, creation, token);
                    break;
                case AssignmentExpressionSyntax { Right: BaseObjectCreationExpressionSyntax creation } assignment when IsFieldWrite(assignment) && IsReceiver(assignment.Left, receiver):
                    TakeState();
                    fields = Initializer(model, creation, token);
                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } assignment
                    when IsFieldWrite(assignment) && access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsReceiver(access.Expression, receiver):
                    var member = access.Name.Identifier.ValueText;
                    var index = fields.FindIndex(f => f.Member == member);
                    if (index >= 0)
                    {
                        TakeState();
                        fields.RemoveAt(index);
                    }

                    if (model.GetOperation(assignment.Right, token) is { } value)
                    {
                        fields.Add(new ParameterItem(member, value));
                    }

                    break;
                case ArgumentSyntax argument when IsReceiver(argument.Expression, receiver):
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
        }

        return items;
    }

    private static string Text(ExpressionSyntax expression) => expression.WithoutTrivia().ToString();

    /// <summary>Whether <paramref name="expression"/> is the receiver, without building text for the many that cannot be.</summary>
    private static bool IsReceiver(ExpressionSyntax expression, string receiver) => expression is IdentifierNameSyntax identifier
        ? identifier.Identifier.ValueText == receiver
        : expression.Span.Length == receiver.Length && Text(expression) == receiver;
}
