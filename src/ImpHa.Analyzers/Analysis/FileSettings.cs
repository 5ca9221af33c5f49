using System.Collections.Concurrent;
using System.Collections.Generic;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Analysis;

/// <summary>A file's settings: its selection and what it implies, its parameter names, and whether it is the project's selection.</summary>
internal sealed record FileSettings(HaSelection Selection, ReLoginExpectation? Expectation, LimitLabels Labels, bool ProjectWide);

/// <summary>
/// Settings per syntax tree (MSBuild properties overridden by <c>.editorconfig</c>), resolved once for all the files whose
/// sections say the same of ImpHa's settings.
/// Problems with the settings are collected for the settings rule, reported once per compilation (IMPHA004/IMPHA005).
/// </summary>
internal sealed class FileSettingsCache
{
    private readonly AnalyzerTables _tables;
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly ConcurrentDictionary<string, FileSettings> _byFileLevelKey = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DiagnosticDescriptor> _problems = new();

    public FileSettingsCache(AnalyzerTables tables, AnalyzerConfigOptionsProvider options)
    {
        _tables = tables;
        _options = options;
        ProjectSelection = HaSelection.Read(options.GlobalOptions, options.GlobalOptions, tables.Hardware);
    }

    /// <summary>The selection made by MSBuild properties alone: the one <c>SelectedHaProfile</c> holds.</summary>
    public HaSelection ProjectSelection { get; }

    /// <summary>The tree's settings.</summary>
    public FileSettings For(SyntaxTree tree) => Resolve(_options.GetOptions(tree));

    /// <summary>The settings of a file with these options (an additional file's).</summary>
    public FileSettings For(AnalyzerConfigOptions fileOptions) => Resolve(fileOptions);

    /// <summary>Resolves the selection of every distinct set of file options, so problems are found where no write is.</summary>
    public void ResolveAll(IEnumerable<AnalyzerConfigOptions> fileOptionSets)
    {
        foreach (var fileOptions in fileOptionSets)
        {
            Resolve(fileOptions);
        }
    }

    /// <summary>
    /// One set of file options for each distinct thing the files' <c>.editorconfig</c> sections say of ImpHa's settings: the
    /// compiler gives every file options of its own, but most say nothing of ImpHa's, and those all share one entry.
    /// </summary>
    public IReadOnlyCollection<AnalyzerConfigOptions> DistinctOptions(IEnumerable<SyntaxTree> trees)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var distinct = new List<AnalyzerConfigOptions>();
        foreach (var tree in trees)
        {
            var options = _options.GetOptions(tree);
            if (seen.Add(FileLevelKey(options)))
            {
                distinct.Add(options);
            }
        }

        return distinct;
    }

    /// <summary>What a file's <c>.editorconfig</c> sections say of the settings that may differ per file; empty when nothing, as for most files.</summary>
    private static string FileLevelKey(AnalyzerConfigOptions fileOptions)
    {
        System.Text.StringBuilder? key = null;
        var settings = ImpHaSettings.All;
        for (var i = 0; i < settings.Length; i++)
        {
            if (settings[i].ReadFileLevel(fileOptions) is { } value)
            {
                (key ??= new System.Text.StringBuilder()).Append(i).Append(':').Append(value.Length).Append(':').Append(value);
            }
        }

        return key?.ToString() ?? string.Empty;
    }

    /// <summary>What was wrong with the settings, each text once, with the descriptor it is reported under (<see cref="Rules.SettingsRule"/>).</summary>
    public IEnumerable<KeyValuePair<string, DiagnosticDescriptor>> Problems => _problems;

    public bool HasProblems => !_problems.IsEmpty;

    // Files whose sections say the same of ImpHa's settings share their resolution, and its problems are found once.
    private FileSettings Resolve(AnalyzerConfigOptions fileOptions)
    {
        var key = FileLevelKey(fileOptions);
        return _byFileLevelKey.TryGetValue(key, out var settings) ? settings : _byFileLevelKey.GetOrAdd(key, ResolveUncached(fileOptions));
    }

    private FileSettings ResolveUncached(AnalyzerConfigOptions fileOptions)
    {
        var labels = LimitLabels.Read(fileOptions, _options.GlobalOptions);
        var selection = HaSelection.Read(fileOptions, _options.GlobalOptions, _tables.Hardware);
        if (selection.Error is not null)
        {
            _problems.TryAdd(selection.Error, DiagnosticDescriptors.InvalidSelection);
            return new FileSettings(selection, null, labels, false);
        }

        var expectation = ReLoginExpectation.Create(selection, _tables.Login, _tables.Hardware, out var tooMany);
        if (tooMany is not null)
        {
            _problems.TryAdd(tooMany, DiagnosticDescriptors.UsersExceedProfile);
        }

        return new FileSettings(selection, expectation, labels, selection.SelectsTheSameAs(ProjectSelection));
    }
}
