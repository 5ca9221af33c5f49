using System.Collections.Immutable;
using ImpHa.Analyzers.Generation;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Testing;

/// <summary>Runs the generator the way the compiler does: tables as additional files tagged with ImpHaTable metadata.</summary>
public static class GeneratorHarness
{
    /// <summary>
    /// The shipped tables, under stable fake paths so diagnostics and snapshots do not depend on the clone's location,
    /// marked as the package's own (ImpHaShippedTable) as ImpHa.targets marks them.
    /// </summary>
    public static ImmutableArray<TableText> DefaultTables() => TestData.ShippedTables
        .Select(t => new TableText("/data/" + t.FileName, t.Role, TestData.ReadAllText(t.FileName), Shipped: true))
        .ToImmutableArray();

    /// <summary>The table of <paramref name="role"/> replaced by a project's own text (no longer the package's).</summary>
    public static ImmutableArray<TableText> With(this ImmutableArray<TableText> tables, string role, string text)
        => tables.Select(t => t.Role == role ? t with { Text = text, Shipped = false } : t).ToImmutableArray();

    /// <summary>The same tables as a project would supply them (ImpHa*Csv): none marked as the package's own.</summary>
    public static ImmutableArray<TableText> AsSupplied(this ImmutableArray<TableText> tables)
        => tables.Select(t => t with { Shipped = false }).ToImmutableArray();

    public static ImmutableArray<TableText> Without(this ImmutableArray<TableText> tables, string role)
        => tables.Where(t => t.Role != role).ToImmutableArray();

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest)
        => new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(IEnumerable<MetadataReference> references, CSharpParseOptions parseOptions, params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, $"/src/File{i}.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable, generalDiagnosticOption: ReportDiagnostic.Error));

    public static GeneratorDriver Driver(ImmutableArray<TableText> tables, CSharpParseOptions parseOptions, IDictionary<string, string>? properties = null, bool trackSteps = false)
        => Driver(tables, Texts(tables), parseOptions, properties, trackSteps);

    public static ImmutableArray<AdditionalText> Texts(ImmutableArray<TableText> tables)
        => tables.Select(t => (AdditionalText)new InMemoryText(t.Path, t.Text)).ToImmutableArray();

    /// <summary>A driver over the given text instances, so a test can later replace one of them.</summary>
    public static GeneratorDriver Driver(ImmutableArray<TableText> tables, ImmutableArray<AdditionalText> texts, CSharpParseOptions parseOptions, IDictionary<string, string>? properties = null, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [new ImpHaGenerator().AsSourceGenerator()],
            texts,
            parseOptions,
            new OptionsProvider(tables, WithDocComments(properties)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// The properties with <c>ImpHaDocComments=true</c> unless they set it: the harness compiles with an XML documentation file
    /// (<see cref="ParseOptions"/>), where the default leaves the comments out, and tests read and check the comments.
    /// A test of the default passes the property blank.
    /// </summary>
    public static IDictionary<string, string> WithDocComments(IDictionary<string, string>? properties)
    {
        var withDocs = new Dictionary<string, string>(properties ?? new Dictionary<string, string>());
        withDocs.TryAdd("ImpHaDocComments", "true");
        return withDocs;
    }

    /// <summary>Runs the generator on an empty net8.0 library; returns the run result and the updated compilation.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(ImmutableArray<TableText> tables, CSharpParseOptions? parseOptions = null, IDictionary<string, string>? properties = null)
    {
        parseOptions ??= ParseOptions();
        var compilation = Compilation(Basic.Reference.Assemblies.Net80.References.All, parseOptions, "namespace Consumer { internal static class Empty { } }");
        var driver = Driver(tables, parseOptions, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }

    public sealed record TableText(string Path, string Role, string Text, bool Shipped = false);

    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <param name="treeOptions">Per file path, the .editorconfig keys that apply to it (e.g. <c>impha_profile</c>).</param>
    public sealed class OptionsProvider(ImmutableArray<TableText> tables, IDictionary<string, string> properties, IDictionary<string, Dictionary<string, string>>? treeOptions = null) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
            => treeOptions is not null && treeOptions.TryGetValue(tree.FilePath, out var values) ? new Options(values) : Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var table = tables.FirstOrDefault(t => t.Path == textFile.Path);
            return table is null
                ? Options.Empty
                : new Options(new Dictionary<string, string> { [TableRoles.MetadataKey] = table.Role, [TableRoles.ShippedMetadataKey] = table.Shipped ? "true" : string.Empty });
        }
    }

    public sealed class Options(IDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value)
        {
            var found = values.TryGetValue(key, out var v);
            value = v ?? string.Empty;
            return found;
        }
    }
}
