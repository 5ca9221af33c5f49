using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

using ImpHa.Core.Diagnostics;

namespace ImpHa.Analyzers.Diagnostics;

/// <summary>Every diagnostic ImpHa reports. IMPHA0xx are about user code, IMPHA1xx about the CSV tables.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Each diagnostic's page, under the project's URL (MSBuild property ImpHaProjectUrl).</summary>
    public const string HelpLinkBase = ProjectInfo.Url + "/blob/main/docs/diagnostics/";
    private const string TableCategory = "ImpHa.Tables";
    private const string SettingsCategory = "ImpHa.Settings";

    public static readonly DiagnosticDescriptor CsvSyntax = Table(DiagnosticIds.CsvSyntax, TableDiagnosticKind.CsvSyntax);

    public static readonly DiagnosticDescriptor MissingColumn = Table(DiagnosticIds.MissingColumn, TableDiagnosticKind.MissingColumn);

    public static readonly DiagnosticDescriptor FieldCount = Table(DiagnosticIds.FieldCount, TableDiagnosticKind.FieldCount);

    public static readonly DiagnosticDescriptor InvalidValue = Table(DiagnosticIds.InvalidValue, TableDiagnosticKind.InvalidValue);

    public static readonly DiagnosticDescriptor InconsistentTable = Table(DiagnosticIds.InconsistentTable, TableDiagnosticKind.InconsistentTable);

    public static readonly DiagnosticDescriptor InvalidIdentifier = Table(DiagnosticIds.InvalidIdentifier, TableDiagnosticKind.InvalidIdentifier);

    public static readonly DiagnosticDescriptor DataLint = Create(
        DiagnosticIds.DataLint,
        TableDiagnosticKind.DataLint.Title,
        TableDiagnosticKind.DataLint.MessageFormat,
        TableCategory,
        DiagnosticSeverity.Info,
        "ImpHa keeps Cisco's printed values; this finding says where a table contradicts itself. Reported for tables a project supplies (ImpHa*Csv), not for the package's own (impha lint lists theirs, or set ImpHaLintShippedTables=true); raise it to a warning (dotnet_diagnostic.IMPHA109.severity = warning in a .globalconfig) to check a table you transcribe yourself.");

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        DiagnosticIds.InvalidNamespace,
        "ImpHaNamespace is not a valid namespace",
        "The MSBuild property ImpHaNamespace is '{0}', which is not a C# namespace; use dotted identifiers such as Contoso.Uc.Generated, or remove it to use 'ImpHa'",
        SettingsCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidVisibility = Create(
        DiagnosticIds.InvalidVisibility,
        "ImpHaTypeVisibility is neither public nor internal",
        "The MSBuild property ImpHaTypeVisibility is '{0}'; use internal (the default) or public",
        SettingsCategory,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownGeneratedPart = Create(
        DiagnosticIds.UnknownGeneratedPart,
        "ImpHaGenerate names a part ImpHa does not generate",
        "The MSBuild property ImpHaGenerate names '{0}', which is not a part: ImpHa generates only the other parts the list names; use a list of " + Settings.GeneratedPartNames.Known,
        SettingsCategory,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidDocComments = Create(
        DiagnosticIds.InvalidDocComments,
        "ImpHaDocComments is neither true nor false",
        "The MSBuild property ImpHaDocComments is '{0}'; use true, false, or remove it for the default (documentation comments unless the types are internal and the project writes an XML documentation file)",
        SettingsCategory,
        DiagnosticSeverity.Warning);

    private const string UsageCategory = "ImpHa.Usage";

    public static readonly DiagnosticDescriptor UpperLimitMismatch = Code(
        DiagnosticIds.UpperLimitMismatch, DiagnosticSeverity.Warning,
        "Client Re-Login Upper Limit disagrees with the selected HA login profile",
        "Client Re-Login Upper Limit is {0} but {1} needs {2}");

    public static readonly DiagnosticDescriptor LowerLimitMismatch = Code(
        DiagnosticIds.LowerLimitMismatch, DiagnosticSeverity.Warning,
        "Client Re-Login Lower Limit differs from the Critical Service Down Delay",
        "Client Re-Login Lower Limit is {0} but must equal the Critical Service Down Delay, {1} s{2}");

    public static readonly DiagnosticDescriptor UpperNotAboveLower = Code(
        DiagnosticIds.UpperNotAboveLower, DiagnosticSeverity.Warning,
        "Client Re-Login Upper Limit is not greater than the lower limit",
        "Client Re-Login Upper Limit {0} is not greater than the Client Re-Login Lower Limit {1} set in the same block; clients would all re-login at once");

    public static readonly DiagnosticDescriptor UsersExceedProfile = Code(
        DiagnosticIds.UsersExceedProfile, DiagnosticSeverity.Warning,
        "Selected active users exceed the hardware profile",
        "{0}",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidSelection = Code(
        DiagnosticIds.InvalidSelection, DiagnosticSeverity.Warning,
        "ImpHa profile settings are invalid",
        "ImpHa profile settings are invalid: {0}",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor NoProfileSelected = Code(
        DiagnosticIds.NoProfileSelected, DiagnosticSeverity.Info,
        "Re-login limit hardcoded without a selected HA login profile",
        "{0} {1} is hardcoded but no HA login profile is selected; set ImpHaProfile and ImpHaDeployment (MSBuild) or impha_profile and impha_deployment (.editorconfig) so ImpHa can check it");

    public static readonly DiagnosticDescriptor NodesDiffer = Code(
        DiagnosticIds.NodesDiffer, DiagnosticSeverity.Warning,
        "Re-login limits differ between nodes of a redundancy group",
        "{0} is set to {1} here and to {2} elsewhere in the same block; Cisco requires the same value on both nodes of a presence redundancy group");

    public static readonly DiagnosticDescriptor RestartNeeded = Code(
        DiagnosticIds.RestartNeeded, DiagnosticSeverity.Info,
        "Service parameter change requires a restart",
        "Changing '{0}' of {1} requires restarting {2}: run '{3}' on each affected node");

    public static readonly DiagnosticDescriptor UnknownParameter = Code(
        DiagnosticIds.UnknownParameter, DiagnosticSeverity.Info,
        "ImpHa cannot check a Cisco Server Recovery Manager parameter it does not know",
        "ImpHa cannot check the value written to '{0}' of Cisco Server Recovery Manager: AXL takes internal parameter names, and '{0}' is not one ImpHa knows; if it is a re-login limit, add it to {1} or {2}");

    public static readonly DiagnosticDescriptor DelayNotPinned = Code(
        DiagnosticIds.DelayNotPinned, DiagnosticSeverity.Info,
        "Client Re-Login Lower Limit follows Cisco's default Critical Service Down Delay, not the tables' delay",
        "Client Re-Login Lower Limit {0} follows Cisco's stated default Critical Service Down Delay of {0} s (procedure step 5) while Cisco's tables assume {1} s; the upper limit is the table's either way; ImpHa accepts both lower limits until {2} is set to your cluster's value");

    public static readonly DiagnosticDescriptor UnreadableFile = Code(
        DiagnosticIds.UnreadableFile, DiagnosticSeverity.Info,
        "ImpHa could not read a checked file",
        "ImpHa could not read this file, which the project marks for checking (ImpHaCheck), so its re-login limits are not checked: {0}");

    /// <summary>Every descriptor, so that a table diagnostic kept as an id finds its descriptor without a second list.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        CsvSyntax, MissingColumn, FieldCount, InvalidValue, InconsistentTable, InvalidIdentifier, DataLint, InvalidNamespace, InvalidVisibility, UnknownGeneratedPart, InvalidDocComments,
        UpperLimitMismatch, LowerLimitMismatch, UpperNotAboveLower, UsersExceedProfile, InvalidSelection, NoProfileSelected, NodesDiffer, RestartNeeded, UnknownParameter, DelayNotPinned, UnreadableFile);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByIdMap = All.ToImmutableDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id)
        => ByIdMap.TryGetValue(id, out var descriptor) ? descriptor : throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown ImpHa diagnostic id.");

    /// <summary>Where the page is for a user with only the package (no network, or a fork without the docs).</summary>
    private static string OfflineHelp(string id)
        => $"The page for {id} is also in the ImpHa package: docs/diagnostics/{id}.md (in the NuGet packages folder, e.g. ~/.nuget/packages/impha/{ProjectInfo.Version}/docs/diagnostics/{id}.md).";

    private static DiagnosticDescriptor Code(string id, DiagnosticSeverity severity, string title, string message, params string[] tags)
        => Create(id, title, message, UsageCategory, severity, tags: tags);

    /// <summary>A table diagnostic, its texts from the core's <see cref="TableDiagnosticKind"/>; <paramref name="id"/> written here as a constant for release tracking.</summary>
    private static DiagnosticDescriptor Table(string id, TableDiagnosticKind kind) => Create(
        id,
        kind.Title,
        kind.MessageFormat,
        TableCategory,
        DiagnosticSeverity.Error,
        "ImpHa turns the CSV tables passed as AdditionalFiles into C# at build time; a table it cannot read generates nothing until the file is fixed.");

    /// <summary>Every descriptor: its page under the project's URL, and where the same page is in the package.</summary>
    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string? description = null, string[]? tags = null) => new(
        id,
        title,
        message,
        category,
        severity,
        isEnabledByDefault: true,
        description: description is null ? OfflineHelp(id) : description + " " + OfflineHelp(id),
        helpLinkUri: HelpLinkBase + id + ".md",
        customTags: tags ?? []);
}
