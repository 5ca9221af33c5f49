using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImpHa.SourceGeneration.Analysis;

/// <summary>
/// The cheap per-tree skip: a parameter can only be named in a tree that holds a matching string
/// literal, or an identifier of a string constant declared with one (see <see cref="DeclarationIndex"/>).
/// One pass over the tokens decides; the result is cached per tree. Constants that come only from
/// referenced assemblies are not followed.
/// </summary>
internal sealed class CandidateTrees(HashSet<string> names, System.Func<CancellationToken, DeclarationIndex> index)
{
    private readonly ConcurrentDictionary<SyntaxTree, bool> _byTree = new();

    public bool MayNameParameter(SyntaxTree tree, CancellationToken token)
        => _byTree.TryGetValue(tree, out var may) ? may : _byTree.GetOrAdd(tree, Scan(tree, index(token).ConstantNames, token));

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
}
