using System.Runtime.CompilerServices;
using ImpHa.Analyzers.Emit;
using ImpHa.Analyzers.Settings;
using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>
/// The output written ahead for the package's own tables (src/ImpHa.Analyzers/Emit/Shipped) against what the emitters write
/// for them now. To accept a deliberate change, run <c>IMPHA_UPDATE_SNAPSHOTS=1 dotnet test tests/ImpHa.Generator.Tests</c>,
/// then review the diff.
/// </summary>
public class ShippedOutputTests
{
    [Theory]
    [InlineData(ShippedOutput.LatestFolder, true)]
    [InlineData(ShippedOutput.CSharp7Folder, false)]
    public void Written_texts_are_what_the_emitters_write_for_the_shipped_tables(string folder, bool nullableAnnotations)
    {
        var options = DefaultOptions(nullableAnnotations);
        var emitted = Emit(options);
        var directory = Path.Combine(ShippedDirectory(), folder);
        var manifestPath = Path.Combine(ShippedDirectory(), ShippedOutput.ManifestName);
        var manifest = emitted.Select(e => (e.HintName + " " + e.Fingerprints).TrimEnd()).Prepend(ShippedOutput.ToolVersionKey + " " + options.ToolVersion).ToList();
        if (Environment.GetEnvironmentVariable("IMPHA_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            foreach (var (hintName, text, _) in emitted)
            {
                File.WriteAllText(Path.Combine(directory, hintName), text);
            }

            File.WriteAllLines(manifestPath, manifest);
        }

        Assert.Equal(manifest, File.ReadAllLines(manifestPath));
        Assert.Equal(emitted.Select(e => e.HintName).Order(), Directory.GetFiles(directory).Select(Path.GetFileName).Order());
        foreach (var (hintName, text, _) in emitted)
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(directory, hintName)));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_shipped_tables_with_the_default_settings_find_every_written_text(bool nullableAnnotations)
    {
        var options = DefaultOptions(nullableAnnotations);
        foreach (var (hintName, text, fingerprints) in Emit(options))
        {
            Assert.Equal(text, ShippedOutput.Find(hintName, options, fingerprints.Length == 0 ? [] : fingerprints.Split(' ').Select(f => Convert.ToUInt64(f, 16)).ToArray()));
        }
    }

    [Fact]
    public void An_edited_table_or_another_setting_finds_nothing()
    {
        var options = DefaultOptions(nullableAnnotations: true);
        var restarts = ShippedOutput.Fingerprint(Text(TableRole.RestartRules));
        Assert.NotNull(ShippedOutput.Find(RestartEmitter.HintName, options, restarts));

        var edited = ShippedOutput.Fingerprint(Text(TableRole.RestartRules) + "\n");
        Assert.NotEqual(restarts, edited);
        Assert.Null(ShippedOutput.Find(RestartEmitter.HintName, options, edited));
        Assert.Null(ShippedOutput.Find(RestartEmitter.HintName, options));
        Assert.Null(ShippedOutput.Find(RestartEmitter.HintName, options with { TypeVisibility = "public" }, restarts));
        Assert.Null(ShippedOutput.Find(RestartEmitter.HintName, options with { Namespace = "Contoso.Uc" }, restarts));
        Assert.Null(ShippedOutput.Find(RestartEmitter.HintName, options with { Parts = GeneratedParts.Default | GeneratedParts.Planner }, restarts));
        Assert.Null(ShippedOutput.Find(SelectedProfileEmitter.HintName, options));

        // The texts carry the tool version in [GeneratedCode]: a build of another version emits.
        Assert.Null(ShippedOutput.Find(RestartEmitter.HintName, options with { ToolVersion = options.ToolVersion + ".1" }, restarts));
    }

    [Fact]
    public void The_generator_records_each_table_texts_fingerprint()
    {
        var result = GeneratorHarness.Driver(GeneratorHarness.DefaultTables(), GeneratorHarness.ParseOptions(), trackSteps: true)
            .RunGenerators(GeneratorHarness.Compilation(Basic.Reference.Assemblies.Net80.References.All, GeneratorHarness.ParseOptions()))
            .GetRunResult().Results[0];
        var login = (Analyzers.Generation.LoginTables)result.TrackedSteps[Analyzers.Generation.TrackingNames.LoginTable].Single().Outputs.Single().Value;
        Assert.Equal(ShippedOutput.Fingerprint(Text(TableRole.LoginProfiles)), login.Login.TextFingerprint);
        Assert.Equal(ShippedOutput.Fingerprint(Text(TableRole.HardwareProfiles)), login.Hardware.TextFingerprint);
        var restarts = (TableResult<RestartRuleTable>)result.TrackedSteps[Analyzers.Generation.TrackingNames.RestartTable].Single().Outputs.Single().Value;
        Assert.Equal(ShippedOutput.Fingerprint(Text(TableRole.RestartRules)), restarts.TextFingerprint);
    }

    [Fact]
    public void The_generator_emits_an_edited_table_instead_of_the_written_text()
    {
        var original = Text(TableRole.RestartRules);
        Assert.Contains("Editing Application Listeners", original);
        var tables = GeneratorHarness.DefaultTables().With(nameof(TableRole.RestartRules), original.Replace("Editing Application Listeners", "Editing Application Listener Ports"));
        var generated = GeneratorHarness.Run(tables).Result.GeneratedTrees.Single(t => t.FilePath.EndsWith(RestartEmitter.HintName, StringComparison.Ordinal)).GetText().ToString();
        Assert.Contains("Editing Application Listener Ports", generated);
    }

    /// <summary>The settings of a project that sets none of ImpHa's properties, as the generator reads them.</summary>
    private static EmitOptions DefaultOptions(bool nullableAnnotations)
        => (GeneratorSettings.Read(new GeneratorHarness.Options(new Dictionary<string, string>())) with { NullableAnnotations = nullableAnnotations }).ToEmitOptions();

    /// <summary>Every file of the default parts as the emitters write it for the shipped tables, and the fingerprints of the tables it is written from.</summary>
    private static List<(string HintName, string Text, string Fingerprints)> Emit(EmitOptions options)
    {
        var hardware = HardwareProfileReader.Read(TableFileOf(TableRole.HardwareProfiles)).Model!;
        var login = LoginProfileReader.Read(TableFileOf(TableRole.LoginProfiles), hardware).Model!;
        var restarts = RestartRuleReader.Read(TableFileOf(TableRole.RestartRules)).Model!;
        var xmpp = XmppStandardReader.Read(TableFileOf(TableRole.XmppStandards)).Model!;
        return
        [
            (TextHelperEmitter.HintName, TextHelperEmitter.Emit(options), Fingerprints()),
            (PackedTextEmitter.HintName, PackedTextEmitter.Emit(options), Fingerprints()),
            (AttributesEmitter.HintName, AttributesEmitter.Emit(options), Fingerprints()),
            (HardwareEmitter.HintName, HardwareEmitter.Emit(hardware, options), Fingerprints(TableRole.HardwareProfiles)),
            (LoginEmitter.HintName, LoginEmitter.Emit(login, hardware, options), Fingerprints(TableRole.LoginProfiles, TableRole.HardwareProfiles)),
            (RestartEmitter.HintName, RestartEmitter.Emit(restarts, options), Fingerprints(TableRole.RestartRules)),
            (XmppEmitter.HintName, XmppEmitter.Emit(xmpp, options), Fingerprints(TableRole.XmppStandards)),
        ];
    }

    private static string Fingerprints(params TableRole[] roles)
        => ShippedOutput.Join(roles.Select(role => ShippedOutput.Fingerprint(Text(role))).ToArray());

    private static TableFile TableFileOf(TableRole role) => new(role, "/data/" + role, Text(role), Shipped: true);

    private static string Text(TableRole role) => GeneratorHarness.DefaultTables().Single(t => t.Role == role.ToString()).Text;

    /// <summary>src/ImpHa.Analyzers/Emit/Shipped, where the written texts and their manifest live.</summary>
    internal static string ShippedDirectory([CallerFilePath] string path = "")
        => Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "src", "ImpHa.Analyzers", "Emit", "Shipped");
}
