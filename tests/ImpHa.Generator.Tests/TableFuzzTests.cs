using System.Collections.Immutable;
using CsCheck;
using ImpHa.Analyzers.Emit;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>
/// Property: whatever a user's replacement table holds, the generator either produces code that parses (and, checked on
/// every 200th case through the whole generator, compiles) or reports IMPHA1xx at a real position in the table, never an
/// exception or generated garbage.
/// Tables start as Cisco's shipped CSVs and get one to three mutations: lines cut, duplicated or swapped, columns
/// swapped, characters replaced or inserted (quotes, separators, BOMs, CR/LF, huge and negative numbers, Unicode
/// letters, confusables, invisible characters), identifiers made to collide.
/// </summary>
public class TableFuzzTests
{
    /// <summary>Cases per run; <c>IMPHA_FUZZ_CASES</c> overrides it for a longer hunt.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("IMPHA_FUZZ_CASES"), out var n) ? n : 10_000;

    // Supplied by the project, as a replacement table is: every finding, the lint's included, is reported.
    private static readonly ImmutableArray<GeneratorHarness.TableText> Shipped = GeneratorHarness.DefaultTables().AsSupplied();

    private static readonly string[] Pieces =
    [
        "\"", ",", "\r", "\n", "\r\n", "\uFEFF", "\u202E", "\u200B", "\0", "-1", "0", "99999999999", "2147483648", "1e3", " ",
        "é", "İ", "ı", "а", "Ω", "_", "@", "|", "XcpRouter|", "Node", "alert", "conditional", "active-active", "\"\"", "x,y",
    ];

    /// <summary>One mutation of a table's text, chosen and placed by the generator's random numbers.</summary>
    private static readonly Gen<Func<string, string>> Mutation = Gen.OneOf(
        Gen.Select(Gen.Int, Gen.Int, (a, b) => (Func<string, string>)(text => Lines(text, lines => { var (i, j) = Order(lines.Count, a, b); lines.RemoveRange(i, j - i); }))),
        Gen.Int.Select(a => (Func<string, string>)(text => Lines(text, lines => { if (lines.Count > 0) { var i = Index(lines.Count, a); lines.Insert(i, lines[i]); } }))),
        Gen.Select(Gen.Int, Gen.Int, (a, b) => (Func<string, string>)(text => Lines(text, lines => { if (lines.Count > 1) { var (i, j) = (Index(lines.Count, a), Index(lines.Count, b)); (lines[i], lines[j]) = (lines[j], lines[i]); } }))),
        Gen.Select(Gen.Int, Gen.Int, (a, b) => (Func<string, string>)(text => Lines(text, lines => SwapColumns(lines, a, b)))),
        Gen.Select(Gen.Int, Gen.Int[0, Pieces.Length - 1], (a, p) => (Func<string, string>)(text => text.Length == 0 ? Pieces[p] : text.Remove(Index(text.Length, a), 1).Insert(Index(text.Length, a), Pieces[p]))),
        Gen.Select(Gen.Int, Gen.Int[0, Pieces.Length - 1], (a, p) => (Func<string, string>)(text => text.Insert(Index(text.Length + 1, a), Pieces[p]))),
        Gen.Select(Gen.Int, Gen.Int[0, Pieces.Length - 1], (a, p) => (Func<string, string>)(text => ReplaceNumber(text, a, Pieces[p]))),
        Gen.Select(Gen.Int, Gen.Int, (a, b) => (Func<string, string>)(text => CollideIds(text, a, b))));

    private static readonly Gen<(int Table, Func<string, string>[] Mutations)> Case = Gen.Select(Gen.Int[0, Shipped.Length - 1], Mutation.Array[1, 3]);

    [Fact]
    public void Every_mutated_table_yields_code_that_parses_or_diagnostics_at_real_positions()
    {
        // The generator's own steps (read, validate, emit) on every case; the whole generator with a compile of its output on every 200th.
        var valid = 0;
        var reported = 0;
        var compiled = 0;
        Case.Sample(
            c =>
            {
                var original = Shipped[c.Table];
                var tables = Shipped.SetItem(c.Table, original with { Text = c.Mutations.Aggregate(original.Text, (t, m) => m(t)) });
                var (diagnostics, sources) = Pipeline(tables, original.Role);
                foreach (var diagnostic in diagnostics)
                {
                    Assert.StartsWith("IMPHA1", diagnostic.Id, StringComparison.Ordinal);
                    // Lines as the compiler counts them: a lone '\r' (one of the pieces) ends a line too.
                    var lines = Microsoft.CodeAnalysis.Text.SourceText.From(tables.Single(t => t.Path == diagnostic.Location.Path).Text).Lines.Count;
                    Assert.InRange(diagnostic.Location.Line, 0, lines);
                }

                foreach (var source in sources)
                {
                    Assert.Empty(CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions()).GetDiagnostics());
                    Assert.DoesNotContain(source, ch => char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.Format);
                }

                var errors = diagnostics.Count(d => d.Id != DiagnosticFilters.LintId);
                Interlocked.Increment(ref errors == 0 ? ref valid : ref reported);
                if (Interlocked.Increment(ref compiled) % 200 == 0)
                {
                    var (result, output) = GeneratorHarness.Run(tables);
                    Assert.Null(result.Results[0].Exception);
                    Assert.Equal(diagnostics.Select(d => d.Id).Order(), result.Diagnostics.Select(d => d.Id).Order());
                    Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
                }
            },
            iter: Cases,
            print: c => $"table {Shipped[c.Table].Role}, {c.Mutations.Length} mutations");

        // Both outcomes occur: the mutations are neither all harmless nor all fatal.
        Assert.True(valid > Cases / 20 && reported > Cases / 20, $"{valid} valid, {reported} reported");
    }

    /// <summary>The generator's steps for the tables: each reader (login after hardware, as the generator does), then the emitter of what the mutation touched.</summary>
    private static (List<ImpHa.Core.Model.TableDiagnostic> Diagnostics, List<string> Sources) Pipeline(ImmutableArray<GeneratorHarness.TableText> tables, string mutated)
    {
        TableFile File(TableRole role) => tables.Single(t => t.Role == role.ToString()) is var t ? new TableFile(role, t.Path, t.Text) : null!;
        var options = new EmitOptions("ImpHa", NullableAnnotations: true, ToolVersion: "0.0.0");
        var hardware = HardwareProfileReader.Read(File(TableRole.HardwareProfiles));
        var login = LoginProfileReader.Read(File(TableRole.LoginProfiles), hardware.Model);
        var restarts = RestartRuleReader.Read(File(TableRole.RestartRules));
        var xmpp = XmppStandardReader.Read(File(TableRole.XmppStandards));
        var diagnostics = hardware.Diagnostics.Concat(login.Diagnostics).Concat(restarts.Diagnostics).Concat(xmpp.Diagnostics).ToList();
        var sources = new List<string>();
        switch (mutated)
        {
            case nameof(TableRole.HardwareProfiles) or nameof(TableRole.LoginProfiles):
                if (hardware.Model is { } h)
                {
                    sources.Add(HardwareEmitter.Emit(h, options));
                    if (login.Model is { } l)
                    {
                        sources.Add(LoginEmitter.Emit(l, h, options));
                    }
                }

                break;
            case nameof(TableRole.RestartRules) when restarts.Model is { } r:
                sources.Add(RestartEmitter.Emit(r, options));
                break;
            case nameof(TableRole.XmppStandards) when xmpp.Model is { } x:
                sources.Add(XmppEmitter.Emit(x, options));
                break;
        }

        return (diagnostics, sources);
    }

    private static int Index(int count, int random) => (int)((uint)random % (uint)Math.Max(count, 1));

    private static (int, int) Order(int count, int a, int b)
    {
        var (i, j) = (Index(count + 1, a), Index(count + 1, b));
        return i <= j ? (i, Math.Min(j, i + 3)) : (j, Math.Min(i, j + 3));
    }

    private static string Lines(string text, Action<List<string>> change)
    {
        var lines = text.Split('\n').ToList();
        change(lines);
        return string.Join("\n", lines);
    }

    private static void SwapColumns(List<string> lines, int a, int b)
    {
        for (var l = 0; l < lines.Count; l++)
        {
            var fields = lines[l].Split(',');
            if (fields.Length > 1)
            {
                var (i, j) = (Index(fields.Length, a), Index(fields.Length, b));
                (fields[i], fields[j]) = (fields[j], fields[i]);
                lines[l] = string.Join(",", fields);
            }
        }
    }

    private static string ReplaceNumber(string text, int a, string piece)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsDigit(text[i]) && (i == 0 || !char.IsDigit(text[i - 1]))).ToList();
        if (digits.Count == 0)
        {
            return text;
        }

        var start = digits[Index(digits.Count, a)];
        var end = start;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return text[..start] + piece + text[end..];
    }

    /// <summary>Gives one rule the id of another, or one that differs in case only, or by an underscore.</summary>
    private static string CollideIds(string text, int a, int b) => Lines(text, lines =>
    {
        if (lines.Count < 3 || !lines[0].StartsWith("id,", StringComparison.Ordinal))
        {
            return;
        }

        var (i, j) = (1 + Index(lines.Count - 1, a), 1 + Index(lines.Count - 1, b));
        var id = lines[i].Split(',')[0];
        var variant = (b & 3) switch { 0 => id, 1 => id.ToUpperInvariant(), 2 => id + "_", _ => "_" + id };
        var comma = lines[j].IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            lines[j] = variant + lines[j][comma..];
        }
    });
}
