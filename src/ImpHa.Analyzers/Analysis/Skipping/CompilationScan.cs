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
/// one scan and no syntax. Generated code is neither analysed nor scanned: constants that hold a parameter
/// name there count only as the generated <c>ServerRecoveryManagerParameters</c> ones do, by name.
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
        DeclarationIndex? index = null;
        var trees = compilation.SyntaxTrees.Where(tree => !GeneratedFiles.IsGenerated(tree, tree.GetText(token))).ToList();
        while (lookFor.Count > 0)
        {
            searched.UnionWith(lookFor);
            var matcher = new NameMatcher(lookFor);
            foreach (var (tree, found) in Find(trees, matcher, token))
            {
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

        return new CompilationScan(positions, index ?? DeclarationIndex.Build(read, parameterNames));
    }

    /// <summary>
    /// The trees with matches, and where. Remembered with each tree: an IDE builds a compilation per edit but
    /// keeps the trees of unchanged documents, so only edited trees are scanned again. Lists are never changed.
    /// </summary>
    private static IEnumerable<(SyntaxTree Tree, List<int> Positions)> Find(List<SyntaxTree> trees, NameMatcher matcher, CancellationToken token)
    {
        var caches = trees.Select(tree => Cache.GetValue(tree, _ => new CachedScan())).ToList();
        var results = new List<int>?[trees.Count];
        var unscanned = new List<int>();
        for (var i = 0; i < trees.Count; i++)
        {
            lock (caches[i])
            {
                if (caches[i].Key == matcher.Key)
                {
                    results[i] = caches[i].Positions;
                    continue;
                }
            }

            unscanned.Add(i);
        }

        var scanned = matcher.FindAll(unscanned.Select(i => trees[i].GetText(token)).ToList(), token);
        for (var j = 0; j < unscanned.Count; j++)
        {
            var i = unscanned[j];
            results[i] = scanned[j];
            lock (caches[i])
            {
                (caches[i].Key, caches[i].Positions) = (matcher.Key, scanned[j]);
            }
        }

        for (var i = 0; i < trees.Count; i++)
        {
            if (results[i] is { } positions)
            {
                yield return (trees[i], positions);
            }
        }
    }

    private static readonly ConditionalWeakTable<SyntaxTree, CachedScan> Cache = new();

    /// <summary>The last scan of a tree: the names it was for and what they found.</summary>
    private sealed class CachedScan
    {
        public string? Key { get; set; }

        public List<int>? Positions { get; set; }
    }
}
