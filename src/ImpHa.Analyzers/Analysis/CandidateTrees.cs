using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImpHa.SourceGeneration.Analysis;

/// <summary>
/// The cheap per-tree skip: a parameter can only be named in a tree that holds a matching string
/// literal, or an identifier of a string constant declared with one (in any tree, chains of constants
/// included). One pass over the tokens decides; the result is cached per tree. Constants that come
/// only from referenced assemblies are not followed.
/// </summary>
internal sealed class CandidateTrees(Compilation compilation, HashSet<string> names)
{
    private readonly ConcurrentDictionary<SyntaxTree, bool> _byTree = new();
    private HashSet<string>? _constantNames;

    public bool MayNameParameter(SyntaxTree tree, CancellationToken token)
        => _byTree.GetOrAdd(tree, t => Scan(t, ConstantNames(token), token));

    private bool Scan(SyntaxTree tree, HashSet<string> constantNames, CancellationToken token)
    {
        foreach (var t in tree.GetRoot(token).DescendantTokens())
        {
            switch (t.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    if (names.Contains(t.ValueText.Trim()))
                    {
                        return true;
                    }

                    break;
                case SyntaxKind.IdentifierToken when constantNames.Contains(t.ValueText):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Names of const fields that hold a parameter name, directly or through other such constants.</summary>
    private HashSet<string> ConstantNames(CancellationToken token)
    {
        if (Volatile.Read(ref _constantNames) is { } known)
        {
            return known;
        }

        var declarators = new List<(string Name, ExpressionSyntax Value)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var members = tree.GetRoot(token).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax);
            foreach (var field in members.OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword)))
            {
                declarators.AddRange(field.Declaration.Variables
                    .Where(v => v.Initializer is not null)
                    .Select(v => (v.Identifier.ValueText, v.Initializer!.Value)));
            }
        }

        var found = new HashSet<string>(System.StringComparer.Ordinal);
        bool added;
        do
        {
            added = false;
            foreach (var (name, value) in declarators)
            {
                if (!found.Contains(name) && HoldsName(value, found))
                {
                    found.Add(name);
                    added = true;
                }
            }
        }
        while (added);

        Interlocked.CompareExchange(ref _constantNames, found, null);
        return _constantNames!;
    }

    private bool HoldsName(ExpressionSyntax value, HashSet<string> constantNames) => value switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && names.Contains(literal.Token.ValueText.Trim()),
        MemberAccessExpressionSyntax access => constantNames.Contains(access.Name.Identifier.ValueText),
        IdentifierNameSyntax identifier => constantNames.Contains(identifier.Identifier.ValueText),
        _ => false,
    };
}
