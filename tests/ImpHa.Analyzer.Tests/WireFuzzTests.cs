using System.Collections.Immutable;
using CsCheck;
using ImpHa.Analyzers.Analysis;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImpHa.Analyzer.Tests;

/// <summary>
/// Property: SOAP and JSON text broken the way templates are while they are edited (markup cut, doubled, unclosed, run-time
/// holes anywhere), in every kind of string literal, never makes the analyzer throw (no AD0001).
/// </summary>
public class WireFuzzTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("IMPHA_FUZZ_WIRE_CASES"), out var n) ? n : 150;

    private static readonly string[] Seeds =
    [
        "<soapenv:Envelope><soapenv:Body><ns:updateServiceParameter><processNodeName>imp1a</processNodeName><name>Client Re-Login Upper Limit</name><service>Cisco Server Recovery Manager</service><value>300</value></ns:updateServiceParameter></soapenv:Body></soapenv:Envelope>",
        "{\"processNodeName\": \"imp1a\", \"service\": \"Cisco Server Recovery Manager\", \"parameters\": [{\"name\": \"Client Re-Login Lower Limit\", \"value\": 100}, {\"name\": \"Client Re-Login Upper Limit\", \"value\": \"300\"}]}",
        "<param name=\"Client Re-Login Upper Limit\" value='300'/><!-- note --><![CDATA[<value>1</value>]]>",
    ];

    private static readonly string[] Inserted =
    [
        "<", ">", "</", "/>", "\"", "'", "{", "}", ":", ",", "[", "]", "<name>", "</value>", "<value>", "\"name\":", "\"value\": 300", "Client Re-Login Upper Limit", "\\", "\n", "\r\n", "&amp;", "<!--", "]]>", "<?xml?>", "-", "\uFFFF",
    ];

    private static readonly Gen<(int Seed, (int At, int Length)[] Deletes, (int At, int Token)[] Inserts, int Form, int Hole)> Case = Gen.Select(
        Gen.Int[0, Seeds.Length - 1],
        Gen.Select(Gen.Int, Gen.Int[1, 12]).Array[0, 4],
        Gen.Select(Gen.Int, Gen.Int[0, Inserted.Length - 1]).Array[0, 5],
        Gen.Int[0, 5],
        Gen.Int);

    [Fact]
    public void Broken_xml_and_json_in_strings_never_break_the_analyzer()
    {
        var reported = 0;
        Case.Sample(
            c =>
            {
                if (Analyze(Source(c)) > 0)
                {
                    Interlocked.Increment(ref reported);
                }
            },
            iter: Cases,
            print: Source);

        // Most cases keep a pairing intact: the texts reach the readers rather than failing before them.
        Assert.True(reported > Cases / 10, $"only {reported} cases found a limit");
    }

    private static string Source((int Seed, (int At, int Length)[] Deletes, (int At, int Token)[] Inserts, int Form, int Hole) c)
    {
        var text = Seeds[c.Seed];
        foreach (var (at, length) in c.Deletes)
        {
            var start = (int)((uint)at % (uint)(text.Length + 1));
            text = text.Remove(start, Math.Min(length, text.Length - start));
        }

        foreach (var (at, token) in c.Inserts)
        {
            text = text.Insert((int)((uint)at % (uint)(text.Length + 1)), Inserted[token]);
        }

        var hole = (int)((uint)c.Hole % (uint)(text.Length + 1));
        var literal = c.Form switch
        {
            0 => SymbolDisplay.FormatLiteral(text, quote: true),
            1 => "@\"" + text.Replace("\"", "\"\"") + "\"",
            2 => "\"\"\"\"\n" + text + "\n\"\"\"\"",
            3 => "$\"" + Escape(text[..hole]) + "{node}" + Escape(text[hole..]) + "\"",
            4 => "$@\"" + text[..hole].Replace("\"", "\"\"").Replace("{", "{{").Replace("}", "}}") + "{Labels.Upper}" + text[hole..].Replace("\"", "\"\"").Replace("{", "{{").Replace("}", "}}") + "\"",
            _ => SymbolDisplay.FormatLiteral(text, quote: true) + "u8.ToArray()",
        };
        return $$"""
            public static class Labels { public const string Upper = "Client Re-Login Upper Limit"; }

            public class Wire
            {
                public object Send(string node) => {{literal}};

                public object Format(string node) => string.Format({{SymbolDisplay.FormatLiteral(text, quote: true)}}, node, "300");
            }
            """;

        static string Escape(string part) => SymbolDisplay.FormatLiteral(part, quote: false).Replace("{", "{{").Replace("}", "}}");
    }

    /// <summary>The analyzer's diagnostics on <paramref name="source"/>; fails on any exception it throws.</summary>
    private static int Analyze(string source)
    {
        var selection = WireTextTests.Example1;
        var tables = GeneratorHarness.DefaultTables();
        var compilation = GeneratorHarness.Compilation(Basic.Reference.Assemblies.Net80.References.All, GeneratorHarness.ParseOptions(), source);
        var exceptions = new List<string>();
        var analysis = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new ReLoginLimitAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(GeneratorHarness.Texts(tables), new GeneratorHarness.OptionsProvider(tables, selection)),
                (e, _, _) => { lock (exceptions) { exceptions.Add(e.ToString()); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Count(d => d.Id is "IMPHA001" or "IMPHA002");
    }
}
