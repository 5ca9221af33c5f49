using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImpHa.Analyzers.Analysis.Candidates;

/// <summary>
/// The nodes of a tree that can write a limit, found from where the tree's text names something of
/// interest: only the calls, object creations, assignments, initializers and name-to-value mappings (switch arms and
/// sections, if conditions) around those places, grouped
/// by the member they belong to (the block that IMPHA003/IMPHA007 compare within), in text order; and the
/// strings built around those places (<see cref="CandidateBlock.Texts"/>), which can hold SQL, XML or JSON.
/// </summary>
internal static class CandidateNodes
{
    public static List<CandidateBlock> Find(SyntaxNode root, List<int> positions)
    {
        var seen = new HashSet<SyntaxNode>();
        var seenTexts = new HashSet<SyntaxNode>();
        var blocks = new List<CandidateBlock>();
        var blockIndex = new Dictionary<SyntaxNode, int>();
        foreach (var position in positions)
        {
            var found = new List<SyntaxNode>();
            SyntaxNode? owner = null;
            var call = false;
            var token = root.FindToken(position);
            var text = TextAround(token);
            for (var node = token.Parent; node is not null; node = node.Parent)
            {
                // A name counts in the innermost call or creation around it; an outer call holds it only inside that one.
                var isCall = node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax or ConstructorInitializerSyntax;
                if ((IsCandidate(node) || IsMapping(node, position)) && !(isCall && call) && seen.Add(node))
                {
                    found.Add(node);
                }

                call |= isCall;

                // A name in a marked declaration (its attribute or identifier) stands beside its initializer, not above it.
                if (Initializer(node) is { } initializer && seen.Add(initializer))
                {
                    found.Add(initializer);
                }

                if (IsOwner(node))
                {
                    owner = node;
                    break;
                }
            }

            if (owner is null || (found.Count == 0 && text is null))
            {
                continue;
            }

            if (!blockIndex.TryGetValue(owner, out var index))
            {
                blockIndex.Add(owner, index = blocks.Count);
                blocks.Add(new CandidateBlock(owner));
            }

            blocks[index].Nodes.AddRange(found);
            if (text is not null && seenTexts.Add(text))
            {
                blocks[index].Texts.Add(text);
            }
        }

        foreach (var block in blocks)
        {
            // Outer nodes first where they start together, as an operation walk meets them.
            block.Nodes.Sort((a, b) => a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart) : b.Span.Length.CompareTo(a.Span.Length));
        }

        return blocks;
    }

    /// <summary>
    /// The string a name is part of, when it is built from parts (concatenation, interpolation,
    /// <c>string.Format</c>) or is a literal that can hold a request (<see cref="IsRequestText"/>): where SQL, XML or JSON can name a parameter.
    /// </summary>
    private static ExpressionSyntax? TextAround(SyntaxToken token)
    {
        ExpressionSyntax? leaf = token.Parent switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression) => literal,
            InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } => interpolated,
            IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax access } identifier when access.Name == identifier => access,
            IdentifierNameSyntax identifier => identifier,
            _ => null,
        };
        if (leaf is null)
        {
            return null;
        }

        var top = leaf;
        for (var node = leaf.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ParenthesizedExpressionSyntax or InterpolatedStringExpressionSyntax:
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" } }:
                    top = (ExpressionSyntax)node;
                    continue;
                case InterpolationSyntax or ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" } } } } or ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" } } }:
                    continue;
            }

            break;
        }

        return top switch
        {
            LiteralExpressionSyntax single => IsRequestText(single.Token.ValueText) ? top : null,
            IdentifierNameSyntax or MemberAccessExpressionSyntax => null,
            _ => top,
        };
    }

    /// <summary>A lone literal worth reading as a request: SQL on <c>processconfig</c>, XML or JSON.</summary>
    private static bool IsRequestText(string text)
        => text.IndexOf('<') >= 0 || text.IndexOf('{') >= 0 || text.IndexOf("processconfig", System.StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax or ConstructorInitializerSyntax => true,
        TupleExpressionSyntax => true,
        AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression),
        EqualsValueClauseSyntax { Parent: ParameterSyntax or PropertyDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } } => true,
        _ => false,
    };

    /// <summary>A name where code maps it to a value: a switch arm's pattern, a case label, an if statement's condition.</summary>
    private static bool IsMapping(SyntaxNode node, int position) => node switch
    {
        SwitchExpressionArmSyntax arm => arm.Pattern.Span.Contains(position),
        SwitchSectionSyntax section => section.Labels.Span.Contains(position),
        IfStatementSyntax statement => statement.Condition.Span.Contains(position),
        _ => false,
    };

    private static EqualsValueClauseSyntax? Initializer(SyntaxNode node) => node switch
    {
        ParameterSyntax parameter => parameter.Default,
        PropertyDeclarationSyntax property => property.Initializer,
        VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } variable => variable.Initializer,
        _ => null,
    };

    /// <summary>The code a limit write belongs to, as one operation block: a member, a field's declarator, or the top-level statements.</summary>
    private static bool IsOwner(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax or EnumMemberDeclarationSyntax or CompilationUnitSyntax => true,
        VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } => true,
        TypeDeclarationSyntax => true,
        _ => false,
    };
}

/// <summary>The candidate nodes of one member (or field, or the top-level statements): <see cref="Owner"/>.</summary>
internal sealed class CandidateBlock(SyntaxNode owner)
{
    public SyntaxNode Owner { get; } = owner;

    /// <summary>Calls, creations, assignments, initializers and tuples around a name, in text order.</summary>
    public List<SyntaxNode> Nodes { get; } = [];

    /// <summary>Strings built around a name (<c>"update processconfig … " + Names.Upper</c>).</summary>
    public List<ExpressionSyntax> Texts { get; } = [];
}
