using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ImpHa.Core.Diagnostics;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Analyzers.Emit;
using ImpHa.Core.Model;
using ImpHa.Analyzers.Settings;
using ImpHa.Core.Validate;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Generation;

/// <summary>
/// Turns ImpHa's CSV tables (AdditionalFiles tagged with <c>ImpHaTable</c> metadata) into constants,
/// enums and allocation-free lookups. Each table flows parse → validate → model → emit on its own,
/// so editing one CSV re-emits only the sources built from it. The package's own tables with the default
/// settings are still read (the analyzer and the selected profile need the login, hardware and restart models; the XMPP
/// table is read alike, though nothing needs its model then), but their sources are
/// the texts written when ImpHa was built (<see cref="ShippedOutput"/>): the emitters do not run.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ImpHaGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Reference-typed values between steps: the runtime shares one compiled copy of the driver's generic code for them.
        var settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select((pair, _) => GeneratorSettings.Read(pair.Left.GlobalOptions) with
            {
                NullableAnnotations = GeneratorSettings.SupportsNullable(pair.Right),
                WritesXmlDocumentation = pair.Right.DocumentationMode == DocumentationMode.Diagnose,
            })
            .WithTrackingName(TrackingNames.Settings);

        // Project-wide only: SelectedHaProfile is one class, so .editorconfig sections cannot vary it.
        var selection = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => HaSelection.Read(provider.GlobalOptions, provider.GlobalOptions, hardware: null))
            .WithTrackingName(TrackingNames.Selection);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, token) => ReadTableFile(pair.Left, pair.Right, token))
            .Where(file => file is not null)
            .Select((file, _) => file!)
            .WithTrackingName(TrackingNames.TableFiles)
            .Collect();

        var hardware = InputFor(files, TableRole.HardwareProfiles)
            .Select((input, _) => Read(input, HardwareProfileReader.Read))
            .WithTrackingName(TrackingNames.HardwareTable);
        var login = InputFor(files, TableRole.LoginProfiles)
            .Combine(hardware)
            .Select((pair, _) => new LoginTables(ReadLogin(pair.Left, pair.Right), pair.Right))
            .WithTrackingName(TrackingNames.LoginTable);
        var restarts = InputFor(files, TableRole.RestartRules)
            .Select((input, _) => Read(input, RestartRuleReader.Read))
            .WithTrackingName(TrackingNames.RestartTable);
        var xmpp = InputFor(files, TableRole.XmppStandards)
            .Select((input, _) => Read(input, XmppStandardReader.Read))
            .WithTrackingName(TrackingNames.XmppTable);

        context.RegisterSourceOutput(settings, static (spc, s) =>
        {
            if (s.InvalidNamespace is not null)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidNamespace, Location.None, s.InvalidNamespace));
            }

            if (s.InvalidVisibility is not null)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidVisibility, Location.None, s.InvalidVisibility));
            }

            if (s.UnknownPart is not null)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownGeneratedPart, Location.None, s.UnknownPart));
            }

            if (s.InvalidDocComments is not null)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidDocComments, Location.None, s.InvalidDocComments));
            }

            var helpers = s.ToInternalHelperEmitOptions();

            // Only the restart lookups compare names as Cisco prints them.
            if (s.Generates(GeneratedParts.Restarts))
            {
                spc.AddSource(TextHelperEmitter.HintName, ShippedOutput.Find(TextHelperEmitter.HintName, helpers) ?? TextHelperEmitter.Emit(helpers));
            }

            if (s.Generates(GeneratedParts.Restarts) || s.Generates(GeneratedParts.Xmpp))
            {
                spc.AddSource(PackedTextEmitter.HintName, ShippedOutput.Find(PackedTextEmitter.HintName, helpers) ?? PackedTextEmitter.Emit(helpers));
            }

            if (s.Generates(GeneratedParts.Login))
            {
                var options = s.ToEmitOptions();
                spc.AddSource(AttributesEmitter.HintName, ShippedOutput.Find(AttributesEmitter.HintName, options) ?? AttributesEmitter.Emit(options));
            }
        });
        RegisterTableOutput(context, hardware.Combine(settings), static table => table.Diagnostics, static (spc, hardware, settings) =>
        {
            if (hardware.Model is not null && settings.GeneratesAny(GeneratedParts.Login | GeneratedParts.Hardware))
            {
                var options = settings.ToEmitOptions();
                spc.AddSource(HardwareEmitter.HintName, ShippedOutput.Find(HardwareEmitter.HintName, options, hardware.TextFingerprint) ?? HardwareEmitter.Emit(hardware.Model, options));
            }
        });
        RegisterTableOutput(context, login.Combine(settings), static tables => tables.Login.Diagnostics, static (spc, tables, settings) =>
        {
            if (tables.Login.Model is not null && tables.Hardware.Model is not null && settings.Generates(GeneratedParts.Login))
            {
                var options = settings.ToEmitOptions();
                var source = ShippedOutput.Find(LoginEmitter.HintName, options, tables.Login.TextFingerprint, tables.Hardware.TextFingerprint)
                    ?? LoginEmitter.Emit(tables.Login.Model, tables.Hardware.Model, options);
                spc.AddSource(LoginEmitter.HintName, source);
            }
        });
        var selected = selection.Combine(settings).Select(static (pair, _) => new SelectionRequest(pair.Left, pair.Right));
        context.RegisterSourceOutput(selected.Combine(login), static (spc, pair) =>
        {
            var (request, tables) = pair;
            if (tables.Login.Model is null || tables.Hardware.Model is null || !request.Settings.Generates(GeneratedParts.Login))
            {
                return;
            }

            if (SelectedProfileEmitter.Emit(request.Selection, tables.Login.Model, tables.Hardware.Model, request.Settings.ToEmitOptions()) is { } source)
            {
                spc.AddSource(SelectedProfileEmitter.HintName, source);
            }
        });
        RegisterTableOutput(context, restarts.Combine(settings), static table => table.Diagnostics, static (spc, restarts, settings) =>
        {
            if (restarts.Model is not null && settings.GeneratesAny(GeneratedParts.Restarts))
            {
                var options = settings.ToEmitOptions();
                spc.AddSource(RestartEmitter.HintName, ShippedOutput.Find(RestartEmitter.HintName, options, restarts.TextFingerprint) ?? RestartEmitter.Emit(restarts.Model, options));
            }
        });

        // The planner extends the restart file and reads nothing of the table: an edit of the table leaves it cached.
        var planner = restarts.Combine(settings)
            .Select(static (pair, _) => pair.Left.Model is not null && pair.Right.Generates(GeneratedParts.Planner | GeneratedParts.Restarts) ? pair.Right : null);
        context.RegisterSourceOutput(planner, static (spc, settings) =>
        {
            if (settings is not null)
            {
                spc.AddSource(NodePlanEmitter.HintName, NodePlanEmitter.Emit(settings.ToEmitOptions()));
            }
        });
        RegisterTableOutput(context, xmpp.Combine(settings), static table => table.Diagnostics, static (spc, xmpp, settings) =>
        {
            if (xmpp.Model is not null && settings.GeneratesAny(GeneratedParts.Xmpp))
            {
                var options = settings.ToEmitOptions();
                spc.AddSource(XmppEmitter.HintName, ShippedOutput.Find(XmppEmitter.HintName, options, xmpp.TextFingerprint) ?? XmppEmitter.Emit(xmpp.Model, options));
            }
        });
    }

    private static TableFile? ReadTableFile(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken token)
    {
        var metadata = options.GetOptions(text);
        metadata.TryGetValue(TableRoles.MetadataKey, out var value);
        var role = TableRoles.Parse(value);
        if (role == TableRole.None)
        {
            return null;
        }

        metadata.TryGetValue(TableRoles.ShippedMetadataKey, out var shippedText);
        var shipped = TableRoles.IsShipped(shippedText);

        // The package's own tables are read only for a part that emits from them: their findings stay out of the build.
        // The hardware table is read whatever the parts: a login table the project supplies is read against it.
        if (shipped && role != TableRole.HardwareProfiles && (GeneratorSettings.Read(options.GlobalOptions).EmittedParts & PartsReading(role)) == 0)
        {
            return null;
        }

        var content = text.GetText(token)?.ToString() ?? string.Empty;
        return new TableFile(role, text.Path, content, shipped);
    }

    private static GeneratedParts PartsReading(TableRole role) => role switch
    {
        TableRole.LoginProfiles => GeneratedParts.Login,
        TableRole.RestartRules => GeneratedParts.Restarts | GeneratedParts.Planner,
        TableRole.XmppStandards => GeneratedParts.Xmpp,
        _ => GeneratedParts.All,
    };

    private static IncrementalValueProvider<TableInput> InputFor(IncrementalValueProvider<ImmutableArray<TableFile>> files, TableRole role)
        => files.Select((all, _) => TableInput.From(all, role));

    private static TableResult<T> Read<T>(TableInput input, System.Func<TableFile, TableResult<T>> read)
        where T : class
    {
        if (input.File is null)
        {
            return TableResult<T>.Absent;
        }

        var result = read(input.File) with { TextFingerprint = ShippedOutput.Fingerprint(input.File.Text) };
        ReadTables.Remember(input.File, result.Model);
        return input.Diagnostics.IsEmpty ? result : result with { Diagnostics = input.Diagnostics.Concat(result.Diagnostics) };
    }

    private static TableResult<LoginProfileTable> ReadLogin(TableInput input, TableResult<HardwareProfileTable> hardware)
    {
        if (input.File is not null && hardware.Model is null && hardware.Diagnostics.IsEmpty)
        {
            var start = new SourceLocation(input.File.Path, 0, 0, 0, 0, 0, 0);
            var missing = TableDiagnostic.Create(
                TableDiagnosticKind.InconsistentTable,
                start,
                "The login profile table needs the hardware profile table, which names the profiles; add it as an AdditionalFiles item with ImpHaTable=\"HardwareProfiles\" (the ImpHa package does this unless ImpHaHardwareProfilesCsv is 'none')");
            return new TableResult<LoginProfileTable>(null, input.Diagnostics.Concat(ImmutableArray.Create(missing)));
        }

        return Read(input, file => LoginProfileReader.Read(file, hardware.Model));
    }

    /// <summary>A table's <paramref name="findings"/>, then whatever <paramref name="emit"/> adds from it.</summary>
    private static void RegisterTableOutput<T>(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<(T Table, GeneratorSettings Settings)> source,
        System.Func<T, EquatableArray<TableDiagnostic>> findings,
        System.Action<SourceProductionContext, T, GeneratorSettings> emit)
        where T : class
    {
        context.RegisterSourceOutput(source, (spc, pair) =>
        {
            foreach (var diagnostic in findings(pair.Table))
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            emit(spc, pair.Table, pair.Settings);
        });
    }
}
