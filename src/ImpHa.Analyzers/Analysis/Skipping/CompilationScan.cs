using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Skipping;

/// <summary>
/// Where each tree's text names something of interest: parameter names, markers, lookups, and what the
/// declarations found add (constants holding a parameter name, marked members, methods taking marked
/// parameters). One scan of every tree's text for the names known up front; another only when declarations
/// add names (user constants, marked members), repeated for chains. A compilation with nothing to find costs
/// one scan and no syntax.
/// </summary>
internal sealed class CompilationScan
{
    private readonly Dictionary<SyntaxTree, List<int>> _positions;

    private CompilationScan(Dictionary<SyntaxTree, List<int>> positions, DeclarationIndex index)
    {
        _positions = positions;
        Index = index;
    }

    public DeclarationIndex Index { get; }

    /// <summary>The start of every name of interest in the tree, in text order; null when there is none.</summary>
    public List<int>? PositionsIn(SyntaxTree tree) => _positions.TryGetValue(tree, out var positions) ? positions : null;

    public static CompilationScan Run(Compilation compilation, HashSet<string> parameterNames, IEnumerable<string> otherNames, CancellationToken token)
    {
        var positions = new Dictionary<SyntaxTree, List<int>>();
        var read = new List<SyntaxNode>();
        var searched = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var lookFor = new HashSet<string>(parameterNames.Concat(DeclarationIndex.Markers).Concat(otherNames), System.StringComparer.OrdinalIgnoreCase);
        var index = DeclarationIndex.Build(read, parameterNames);
        while (lookFor.Count > 0)
        {
            searched.UnionWith(lookFor);
            var matcher = new NameMatcher(lookFor);
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (Find(tree, matcher, token) is not { } found)
                {
                    continue;
                }

                if (positions.TryGetValue(tree, out var known))
                {
                    positions[tree] = known.Concat(found).OrderBy(p => p).ToList();
                }
                else
                {
                    positions.Add(tree, found);
                    read.Add(tree.GetRoot(token));
                }
            }

            index = DeclarationIndex.Build(read, parameterNames);
            lookFor = new HashSet<string>(index.Names.Where(name => !searched.Contains(name)), System.StringComparer.OrdinalIgnoreCase);
        }

        return new CompilationScan(positions, index);
    }

    /// <summary>
    /// The matches in one tree, remembered with the tree: an IDE builds a compilation per edit but keeps the
    /// trees of unchanged documents, so only edited trees are scanned again. Shared lists are never changed.
    /// </summary>
    private static List<int>? Find(SyntaxTree tree, NameMatcher matcher, CancellationToken token)
    {
        var cached = Cache.GetValue(tree, _ => new CachedScan());
        lock (cached)
        {
            if (cached.Key == matcher.Key)
            {
                return cached.Positions;
            }
        }

        var found = new List<int>();
        var positions = matcher.FindAll(tree.GetText(token), found) ? found : null;
        lock (cached)
        {
            (cached.Key, cached.Positions) = (matcher.Key, positions);
        }

        return positions;
    }

    private static readonly ConditionalWeakTable<SyntaxTree, CachedScan> Cache = new();

    /// <summary>The last scan of a tree: the names it was for and what they found.</summary>
    private sealed class CachedScan
    {
        public string? Key { get; set; }

        public List<int>? Positions { get; set; }
    }
}
