using System.Xml.Linq;
using CsCheck;
using ImpHa.Core.Diagnostics;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Analyzers.Settings;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>Facts that several components rely on, defined once in ImpHa.Core and checked against each place that uses them.</summary>
public class OneSourceTests
{
    /// <summary>
    /// The rule, stated once: a name ImpHa writes into generated C# is one the compiler takes as an identifier without '@',
    /// made of letters, digits and '_' only (no invisible format characters), and no reserved keyword.
    /// </summary>
    private static bool IsName(string text)
        => SyntaxFacts.IsValidIdentifier(text) && text.All(c => char.IsLetterOrDigit(c) || c == '_') && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;

    /// <summary>A restart rule's id becomes a member of the generated ConfigurationChange enum: a name that also starts with a letter and has no '__'.</summary>
    private static bool IsMemberName(string text) => IsName(text) && !text.StartsWith('_') && !text.Contains("__");

    /// <summary>Letters, digits, '_', what the compiler also takes (a combining mark, a format character, a letter number, a full-width digit) and what it does not.</summary>
    private static readonly Gen<string> Candidates = Gen.OneOf<string>(
        Gen.Char["aZé_1\u0301\u200B\u00AD\u2160\uFF11@-"].Array[1, 6].Select(chars => new string(chars)),
        Gen.OneOf<string>(new[] { "class", "int", "__arglist", "var", "record", "_x", "x__y", "Contoso", "e1" }),
        Gen.OneOf<string>(SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).ToArray()));

    [Fact]
    public void Restart_rule_ids_follow_the_identifier_rule()
    {
        Candidates.Sample(
            id =>
            {
                var table = "id,setting,trigger,restart,automatic,kind\n" + id + ",Proxy,Any edit,SipProxy,,required\n";
                var result = RestartRuleReader.Read(new TableFile(TableRole.RestartRules, "/data/" + TableFileNames.RestartRules, table, ModelOnly: true));
                Assert.Equal(IsMemberName(id), result.Model is not null);
                Assert.Equal(IsMemberName(id) ? null : DiagnosticIds.InvalidIdentifier, result.Diagnostics.SingleOrDefault()?.Id);
            },
            iter: 2000);
    }

    [Fact]
    public void ImpHaNamespace_parts_follow_the_identifier_rule()
    {
        Gen.Select(Candidates, Candidates).Sample(
            (first, second) =>
            {
                var ns = first + "." + second;
                var settings = GeneratorSettings.Read(new GeneratorHarness.Options(new Dictionary<string, string> { ["build_property.ImpHaNamespace"] = ns }));
                Assert.Equal(IsName(first) && IsName(second), settings.InvalidNamespace is null);
            },
            iter: 2000);
    }

    [Fact]
    public void The_keywords_are_the_compilers_reserved_keywords()
    {
        var compilers = SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).Order(StringComparer.Ordinal);
        Assert.Equal(compilers, CSharpIdentifiers.Keywords.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ImpHa_targets_passes_the_tables_by_the_file_names_the_core_defines()
    {
        var targets = XDocument.Load(Path.Combine(TestData.RepositoryRoot, "src", "ImpHa.Package", "build", "ImpHa.targets"));
        var defaults = TableFileNames.All.Select(t => (
            t.FileName,
            Default: targets.Descendants("ImpHa" + t.Role + "Csv").Select(e => e.Value).Single(v => v.StartsWith("$(ImpHaDataDirectory)", StringComparison.Ordinal))));
        Assert.All(defaults, d => Assert.Equal("$(ImpHaDataDirectory)" + d.FileName, d.Default));
        Assert.All(TableFileNames.All, t => Assert.Single(
            targets.Descendants("AdditionalFiles"),
            e => (string?)e.Attribute("Include") == $"$(ImpHa{t.Role}Csv)" && (string?)e.Attribute("ImpHaTable") == t.Role.ToString()));
        Assert.Equal(
            TableFileNames.All.Select(t => t.FileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(TestData.DataDirectory, "*.csv").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_table_descriptor_says_what_its_core_kind_says()
    {
        Assert.All(TableDiagnosticKind.All, kind =>
        {
            var descriptor = DiagnosticDescriptors.ById(kind.Id);
            Assert.Equal(kind.Title, descriptor.Title.ToString());
            Assert.Equal(kind.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(kind.Severity.ToString(), descriptor.DefaultSeverity.ToString());
        });
    }
}
