using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Skipping;

/// <summary>
/// The cheap per-tree skip: a parameter can only be named in a file whose text holds one of the
/// parameter names, or the name of a string constant declared with one (see <see cref="DeclarationIndex"/>).
/// One pass over the text decides, ignoring case (comments and longer words can only make a file a
/// candidate, never skip one); the result is cached per tree. Not followed: constants that come only
/// from referenced assemblies, and names written with escape sequences.
/// </summary>
internal sealed class CandidateTrees(HashSet<string> names, System.Func<CancellationToken, DeclarationIndex> index)
{
    private readonly ConcurrentDictionary<SyntaxTree, bool> _byTree = new();
    private NameMatcher? _matcher;

    public bool MayNameParameter(SyntaxTree tree, CancellationToken token)
        => _byTree.TryGetValue(tree, out var may) ? may : _byTree.GetOrAdd(tree, Matcher(token).AnyIn(tree.GetText(token)));

    private NameMatcher Matcher(CancellationToken token)
    {
        if (Volatile.Read(ref _matcher) is { } matcher)
        {
            return matcher;
        }

        Interlocked.CompareExchange(ref _matcher, new NameMatcher(names.Concat(index(token).ConstantNames)), null);
        return _matcher!;
    }
}
