using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Analysis.Candidates;

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

    /// <summary>Whether any tree's text names something of interest; when none does, there is nothing to analyse per tree.</summary>
    public bool AnyCandidates => _positions.Count > 0;

    /// <summary>The start of every name of interest in the tree, in text order; null when there is none.</summary>
    public List<int>? PositionsIn(SyntaxTree tree) => _positions.TryGetValue(tree, out var positions) ? positions : null;

    // Plain loops, no LINQ, no iterators: in a cold compiler process every distinct method and generic instantiation touched is compiled on the spot.
    public static CompilationScan Run(Compilation compilation, HashSet<string> parameterNames, IEnumerable<string> otherNames, CancellationToken token)
    {
        var positions = new Dictionary<SyntaxTree, List<int>>();
        var read = new List<SyntaxNode>();
        var searched = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var lookFor = new HashSet<string>(parameterNames, System.StringComparer.OrdinalIgnoreCase);
        lookFor.UnionWith(DeclarationIndex.Markers);
        lookFor.UnionWith(otherNames);
        var trees = new List<SyntaxTree>();
        var texts = new List<SourceText>();
        var treeOptions = compilation.Options.SyntaxTreeOptionsProvider;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!GeneratedFiles.IsGenerated(tree, treeOptions, token))
            {
                trees.Add(tree);
                texts.Add(tree.GetText(token));
            }
        }

        var index = DeclarationIndex.Empty;
        while (lookFor.Count > 0)
        {
            searched.UnionWith(lookFor);
            var found = Find(trees, texts, new NameMatcher(lookFor), token);
            for (var i = 0; i < trees.Count; i++)
            {
                if (found[i] is not { } matches)
                {
                    continue;
                }

                if (positions.TryGetValue(trees[i], out var known))
                {
                    positions[trees[i]] = Merge(known, matches);
                }
                else
                {
                    positions.Add(trees[i], matches);
                    read.Add(trees[i].GetRoot(token));
                }
            }

            if (read.Count == 0)
            {
                break;
            }

            index = DeclarationIndex.Build(read, parameterNames);
            lookFor = NotYetSearched(index.Names, searched);
        }

        return new CompilationScan(positions, index);
    }

    /// <summary>Two lists of positions in text order as one, in text order; neither is changed (the cache holds them).</summary>
    private static List<int> Merge(List<int> first, List<int> second)
    {
        var merged = new List<int>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            merged.Add(j == second.Count || (i < first.Count && first[i] <= second[j]) ? first[i++] : second[j++]);
        }

        return merged;
    }

    private static HashSet<string> NotYetSearched(List<string> names, HashSet<string> searched)
    {
        var result = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (!searched.Contains(name))
            {
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>
    /// Where <paramref name="matcher"/> finds its names in each text (null where nowhere). Remembered with each tree: an IDE
    /// builds a compilation per edit but keeps the trees of unchanged documents, so only edited trees are scanned again.
    /// Lists are never changed.
    /// </summary>
    private static List<int>?[] Find(List<SyntaxTree> trees, List<SourceText> texts, NameMatcher matcher, CancellationToken token)
    {
        var results = new List<int>?[trees.Count];
        var caches = new CachedScan[trees.Count];
        var unscanned = new List<int>();
        var unscannedTexts = new List<SourceText>();
        for (var i = 0; i < trees.Count; i++)
        {
            var cache = caches[i] = Cache.GetValue(trees[i], CreateCachedScan);
            lock (cache)
            {
                if (cache.TryGet(matcher.Key, out var cached))
                {
                    results[i] = cached;
                    continue;
                }
            }

            unscanned.Add(i);
            unscannedTexts.Add(texts[i]);
        }

        var scanned = matcher.FindAll(unscannedTexts, token);
        for (var j = 0; j < unscanned.Count; j++)
        {
            var i = unscanned[j];
            results[i] = scanned[j];
            lock (caches[i])
            {
                caches[i].Add(matcher.Key, scanned[j]);
            }
        }

        return results;
    }

    private static readonly ConditionalWeakTable<SyntaxTree, CachedScan>.CreateValueCallback CreateCachedScan = _ => new CachedScan();

    private static readonly ConditionalWeakTable<SyntaxTree, CachedScan> Cache = new();

    /// <summary>A tree's last scans, one per set of names: a compilation scans in passes, and each pass must hit on the next compilation.</summary>
    private sealed class CachedScan
    {
        // A pass per chain of declared names; more than this many and the oldest is dropped.
        private const int MaximumPasses = 4;

        private readonly List<(string Key, List<int>? Positions)> _scans = new(1);

        public bool TryGet(string key, out List<int>? positions)
        {
            for (var i = 0; i < _scans.Count; i++)
            {
                if (_scans[i].Key == key)
                {
                    positions = _scans[i].Positions;
                    return true;
                }
            }

            positions = null;
            return false;
        }

        public void Add(string key, List<int>? positions)
        {
            if (_scans.Count == MaximumPasses)
            {
                _scans.RemoveAt(0);
            }

            _scans.Add((key, positions));
        }
    }
}
