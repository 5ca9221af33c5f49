using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>Malformed tables give one clear error at the file, line and column, and never crash the generator.</summary>
public class TableDiagnosticTests
{
    private const string LoginHeader = "profile,deployment,active_users,lower_limit,upper_limit,table\n";

    [Theory]
    [InlineData("500,active-active,100,120,187,1\n500,active-active,\"250,120,287,1\n", "IMPHA101", 3, 19, "never closed")]
    [InlineData("500,active-active,100,120,187,1\n500,active-active,\"250\"x,120,287,1\n", "IMPHA101", 3, 24, "after a closing quote")]
    [InlineData("500,active-active,100,120,187\n", "IMPHA103", 2, 1, "has 5 fields but the header has 6")]
    [InlineData("500,active-active,1OO,120,187,1\n", "IMPHA104", 2, 19, "'1OO' is not a valid value for column 'active_users'")]
    [InlineData("500,active-active,-5,120,187,1\n", "IMPHA104", 2, 19, "greater than 0")]
    [InlineData("500,sideways,100,120,187,1\n", "IMPHA104", 2, 5, "'sideways' is not a valid value for column 'deployment'")]
    [InlineData("3000,active-active,100,120,187,1\n", "IMPHA105", 2, 1, "Profile 3000 is not in the hardware profile table")]
    [InlineData("500,active-active,100,120,187,1\n500,active-active,100,120,190,1\n", "IMPHA105", 3, 19, "already has a row for 100 active users")]
    [InlineData("500,active-active,100,120,187,1\n500,active-active,250,90,287,1\n", "IMPHA105", 3, 23, "Lower limit 90 differs")]
    public void A_bad_login_row_is_reported_at_its_cell(string rows, string id, int line, int column, string message)
    {
        var (result, _) = RunWith("LoginProfiles", LoginHeader + rows);
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/data/login-profiles.csv", span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Null(result.Results[0].Exception);
        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.EndsWith("ImpHa.HaLoginProfiles.g.cs", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("ImpHa.RestartRules.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_column_names_the_columns_required()
    {
        var (result, _) = RunWith("LoginProfiles", "profile,deployment,users,lower_limit,upper_limit\n500,active-active,100,120,187\n");
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal("IMPHA102", diagnostic.Id);
        Assert.Contains("no 'active_users' column", diagnostic.GetMessage());
        Assert.Contains("profile, deployment, active_users, lower_limit, upper_limit", diagnostic.GetMessage());
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    /// <summary>Regression for the fuzzer's find: a renamed text column (hardware "name") threw KeyNotFoundException.</summary>
    public static TheoryData<string, string, string> EveryShippedColumn()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (role, file) in TestData.ShippedTables)
        {
            foreach (var column in TestData.ReadAllText(file).Split('\n')[0].Trim().Split(','))
            {
                data.Add(role, file, column);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryShippedColumn))]
    public void Renaming_any_column_never_throws_and_a_required_one_is_IMPHA102(string role, string file, string column)
    {
        var text = TestData.ReadAllText(file);
        var header = text.Split('\n')[0];
        var renamed = string.Join(',', header.Trim().Split(',').Select(c => c == column ? "nome" : c));
        var (result, _) = RunWith(role, renamed + text[header.Length..]);

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "AD0001");
        var missing = result.Diagnostics.Where(d => d.Id == "IMPHA102").ToList();
        Assert.True(missing.Count <= 1, string.Join("\n", missing));
        Assert.All(missing, d => Assert.Contains($"no '{column}' column", d.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var (result, _) = RunWith("XmppStandards", "");
        Assert.Equal("IMPHA102", Assert.Single(result.Diagnostics.WithoutLint()).Id);
    }

    [Theory]
    [InlineData("class", "C# keyword")]
    [InlineData("Edit Proxy", "letters, digits")]
    [InlineData("1stRule", "letters, digits")]
    [InlineData("__Hidden", "avoid '__'")]
    public void A_rule_id_that_cannot_be_an_enum_member_is_reported(string id, string message)
    {
        var csv = "id,setting,menu_path,trigger,restart,automatic,kind\n" + $"\"{id}\",Proxy,,Any edit,SipProxy,,required\n";
        var (result, _) = RunWith("RestartRules", csv);
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal("IMPHA106", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
        Assert.Equal((1, 0), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Theory]
    [InlineData("Rule,Proxy,,Any edit,SipProxy|Teapot,,required\n", "IMPHA104", "'Teapot' is not a valid value for column 'restart'")]
    [InlineData("Rule,Proxy,,Any edit,SipProxy,,sometimes\n", "IMPHA104", "expected required, conditional or alert")]
    [InlineData("Rule,Proxy,,Any edit,,,required\n", "IMPHA105", "restarts nothing")]
    [InlineData("Rule,Proxy,,Any edit,SipProxy,,required\nRule,Proxy,,Other,SipProxy,,required\n", "IMPHA105", "used by an earlier row")]
    public void Bad_restart_rules_are_reported(string rows, string id, string message)
    {
        var (result, _) = RunWith("RestartRules", "id,setting,menu_path,trigger,restart,automatic,kind\n" + rows);
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("XEP 45,45,Multi-User Chat\n", "IMPHA104")]
    [InlineData("XEP-0045,46,Multi-User Chat\n", "IMPHA105")]
    [InlineData("XEP-0045,45,Multi-User Chat\nXEP-0045,45,Again\n", "IMPHA105")]
    [InlineData("XE,45,x\n", "IMPHA104")]
    public void Bad_xmpp_rows_are_reported(string rows, string id)
    {
        var (result, _) = RunWith("XmppStandards", "identifier,number,title\n" + rows);
        Assert.Equal(id, Assert.Single(result.Diagnostics.WithoutLint()).Id);
    }

    [Fact]
    public void Csv_text_cannot_inject_code()
    {
        const string evil = "Chat\"); } } namespace Evil { class Pwned { } } //\\u0022 <b>&";
        var (result, output) = RunWith("XmppStandards", $"identifier,number,title\nXEP-0045,45,\"{evil.Replace("\"", "\"\"")}\"\n");
        Assert.Empty(result.Diagnostics.WithoutLint());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Null(output.GetTypeByMetadataName("Evil.Pwned"));
        var source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("ImpHa.XmppStandards.g.cs", StringComparison.Ordinal)).GetText().ToString();
        Assert.Contains("&lt;b&gt;&amp;", source);
    }

    [Fact]
    public void The_login_table_without_the_hardware_table_is_reported()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.DefaultTables().Without("HardwareProfiles"));
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal("IMPHA105", diagnostic.Id);
        Assert.Contains("needs the hardware profile table", diagnostic.GetMessage());
    }

    [Fact]
    public void Two_files_for_one_table_are_reported_and_the_first_is_used()
    {
        var tables = GeneratorHarness.DefaultTables();
        var xmpp = tables.Single(t => t.Role == "XmppStandards");
        var (result, _) = GeneratorHarness.Run(tables.Add(xmpp with { Path = "/other/xmpp.csv" }));
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal("IMPHA105", diagnostic.Id);
        Assert.Contains("both given as the XMPP standard table", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("Contoso.Uc", true)]
    [InlineData("Contoso..Uc", false)]
    [InlineData("class", false)]
    [InlineData("Contoso.Uc;evil", false)]
    public void The_namespace_property_is_checked(string ns, bool valid)
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: new Dictionary<string, string> { ["ImpHaNamespace"] = ns });
        if (valid)
        {
            Assert.Empty(result.Diagnostics.WithoutLint());
            Assert.NotNull(output.GetTypeByMetadataName(ns + ".HaLoginProfiles"));
        }
        else
        {
            Assert.Equal("IMPHA107", Assert.Single(result.Diagnostics.WithoutLint()).Id);
            Assert.Empty(result.GeneratedTrees);
        }
    }

    [Theory]
    [InlineData("internal", Accessibility.Internal)]
    [InlineData(" Internal ", Accessibility.Internal)]
    [InlineData("public", Accessibility.Public)]
    public void Type_visibility_applies_to_every_top_level_generated_type(string visibility, Accessibility expected)
    {
        var properties = new Dictionary<string, string>(SelectedProfileTests.Example1Selection) { ["ImpHaTypeVisibility"] = visibility, ["ImpHaGenerate"] = "all" };
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: properties);

        Assert.Empty(result.Diagnostics.WithoutLint());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var generated = result.GeneratedTrees
            .SelectMany(t => output.GetSemanticModel(t).LookupNamespacesAndTypes(0, output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "ImpHa")))
            .OfType<INamedTypeSymbol>()
            .Where(t => t.Name is not ("ImpHaText" or "ImpHaPackedText"))
            .Distinct(SymbolEqualityComparer.Default)
            .Cast<INamedTypeSymbol>()
            .ToList();
        Assert.Equal(26, generated.Count);
        Assert.All(generated, t => Assert.Equal(expected, t.DeclaredAccessibility));
    }

    [Fact]
    public void An_unknown_type_visibility_is_reported_and_nothing_is_generated()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: new Dictionary<string, string> { ["ImpHaTypeVisibility"] = "private" });
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal("IMPHA108", diagnostic.Id);
        Assert.Contains("'private'", diagnostic.GetMessage());
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Crlf_files_and_blank_lines_are_read_like_lf_files()
    {
        var text = "profile,deployment,active_users,lower_limit,upper_limit\r\n\r\n500,active-active,100,120,187\r\n500,active-active,250,120,287\r\n";
        var (result, output) = RunWith("LoginProfiles", text);
        Assert.Empty(result.Diagnostics.WithoutLint());
        Assert.NotNull(output.GetTypeByMetadataName("ImpHa.HaLoginProfiles+Users500ActiveActive"));
        Assert.Null(output.GetTypeByMetadataName("ImpHa.HaLoginProfiles+Users500ActiveStandby"));
    }

    [Fact]
    public void A_replacement_table_yields_its_own_members()
    {
        var hardware = "profile,name,vcpu,memory_gb\n3000,3000 Users Test,2,6\n";
        var login = LoginHeader + "3000,active-standby,1000,90,300,\n3000,active-standby,3000,90,700,\n";
        var tables = GeneratorHarness.DefaultTables().With("HardwareProfiles", hardware).With("LoginProfiles", login);
        var (result, output) = GeneratorHarness.Run(tables, properties: AllParts);
        Assert.Empty(result.Diagnostics.WithoutLint());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var constants = output.GetTypeByMetadataName("ImpHa.HaLoginProfiles+Users3000ActiveStandby")!;
        Assert.Equal(700, constants.GetMembers("UpperLimitFor3000Users").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Equal(90, output.GetTypeByMetadataName("ImpHa.HaLoginProfiles")!.GetMembers("TableCriticalServiceDownDelaySeconds").OfType<IFieldSymbol>().Single().ConstantValue);
        Assert.Single(output.GetTypeByMetadataName("ImpHa.HardwareProfile")!.GetMembers().OfType<IFieldSymbol>());
    }

    /// <summary>With every part, so a table's per-cell constants show what was read.</summary>
    private static readonly Dictionary<string, string> AllParts = new() { ["ImpHaGenerate"] = "all" };

    private static (GeneratorDriverRunResult Result, Compilation Output) RunWith(string role, string text)
        => GeneratorHarness.Run(GeneratorHarness.DefaultTables().With(role, text), properties: AllParts);

    [Fact]
    public void A_table_beyond_the_row_cap_is_reported_at_the_first_row_too_many()
    {
        var rows = new System.Text.StringBuilder("identifier,number,title\n");
        for (var i = 0; i <= ImpHa.Core.Validate.TableReader.MaxRows; i++)
        {
            rows.Append("RFC ").Append(100_000 + i).Append(',').Append(100_000 + i).Append(",Title\n");
        }

        var (result, output) = RunWith("XmppStandards", rows.ToString());
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal("IMPHA105", diagnostic.Id);
        Assert.Equal(ImpHa.Core.Validate.TableReader.MaxRows + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("at most 50000", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Null(output.GetTypeByMetadataName("ImpHa.XmppStandards"));
    }
}
