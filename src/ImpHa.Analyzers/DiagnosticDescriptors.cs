using System;
using Microsoft.CodeAnalysis;

namespace ImpHa.SourceGeneration;

/// <summary>Every diagnostic ImpHa reports. IMPHA0xx are about user code, IMPHA1xx about the CSV tables.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/impha/impha/blob/main/docs/diagnostics/";
    private const string TableCategory = "ImpHa.Tables";

    public static readonly DiagnosticDescriptor CsvSyntax = Table(
        "IMPHA101",
        "Malformed CSV",
        "Malformed CSV: {0}");

    public static readonly DiagnosticDescriptor MissingColumn = Table(
        "IMPHA102",
        "CSV table lacks a required column",
        "The {0} table has no '{1}' column; its header row must name the columns {2}");

    public static readonly DiagnosticDescriptor FieldCount = Table(
        "IMPHA103",
        "CSV row has the wrong number of fields",
        "This row has {0} fields but the header has {1}; quote a field that contains a comma, or add the missing fields (empty is allowed where the column is optional)");

    public static readonly DiagnosticDescriptor InvalidValue = Table(
        "IMPHA104",
        "Invalid value in a CSV table",
        "'{0}' is not a valid value for column '{1}': {2}");

    public static readonly DiagnosticDescriptor InconsistentTable = Table(
        "IMPHA105",
        "Inconsistent CSV table",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Table(
        "IMPHA106",
        "CSV value cannot become a C# identifier",
        "'{0}' in column '{1}' cannot become a C# member name: {2}");

    public static readonly DiagnosticDescriptor InvalidNamespace = new(
        "IMPHA107",
        "ImpHaNamespace is not a valid namespace",
        "The MSBuild property ImpHaNamespace is '{0}', which is not a C# namespace; use dotted identifiers such as Contoso.Uc.Generated, or remove it to use 'ImpHa'",
        TableCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "IMPHA107.md");

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "IMPHA101" => CsvSyntax,
        "IMPHA102" => MissingColumn,
        "IMPHA103" => FieldCount,
        "IMPHA104" => InvalidValue,
        "IMPHA105" => InconsistentTable,
        "IMPHA106" => InvalidIdentifier,
        "IMPHA107" => InvalidNamespace,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown ImpHa diagnostic id."),
    };

    private static DiagnosticDescriptor Table(string id, string title, string message) => new(
        id,
        title,
        message,
        TableCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "ImpHa turns the CSV tables passed as AdditionalFiles into C# at build time; a table it cannot read generates nothing until the file is fixed.",
        helpLinkUri: HelpLinkBase + id + ".md");
}
