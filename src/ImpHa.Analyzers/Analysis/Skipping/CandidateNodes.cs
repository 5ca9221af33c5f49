using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImpHa.Analyzers.Analysis.Skipping;

/// <summary>
/// The nodes of a tree that can write a limit, found from where the tree's text names something of
/// interest: only the calls, object creations, assignments and initializers around those places, grouped
/// by the member they belong to (the block that IMPHA003/IMPHA007 compare within), in text order.
/// </summary>
internal static class CandidateNodes
{
    public static List<List<SyntaxNode>> Find(SyntaxNode root, List<int> positions)
    {
        var seen = new HashSet<SyntaxNode>();
        var blocks = new List<List<SyntaxNode>>();
        var blockIndex = new Dictionary<SyntaxNode, int>();
        foreach (var position in positions)
        {
            var found = new List<SyntaxNode>();
            SyntaxNode? owner = null;
            var call = false;
            for (var node = root.FindToken(position).Parent; node is not null; node = node.Parent)
            {
                // A name counts in the innermost call or creation around it (its argument or initializer, or
                // the called method's name): an outer call holds it only inside that one, never as its own item.
                var isCall = node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax;
                if (IsCandidate(node) && !(isCall && call) && seen.Add(node))
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

            if (owner is null || found.Count == 0)
            {
                continue;
            }

            if (!blockIndex.TryGetValue(owner, out var index))
            {
                blockIndex.Add(owner, index = blocks.Count);
                blocks.Add([]);
            }

            blocks[index].AddRange(found);
        }

        foreach (var block in blocks)
        {
            // Outer nodes first where they start together, as an operation walk meets them.
            block.Sort((a, b) => a.SpanStart != b.SpanStart ? a.SpanStart.CompareTo(b.SpanStart) : b.Span.Length.CompareTo(a.Span.Length));
        }

        return blocks;
    }

    private static bool IsCandidate(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax => true,
        AssignmentExpressionSyntax assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression),
        EqualsValueClauseSyntax { Parent: ParameterSyntax or PropertyDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } } => true,
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
