using System.Linq;
using System.Threading;
using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Analysis;

/// <summary>
/// The tables as the analyzer sees them: the same files and parser as the generator, parsed once per
/// text and cached across compilations by <see cref="SourceTextValueProvider{TValue}"/>.
/// </summary>
internal sealed record AnalyzerTables(HardwareProfileTable Hardware, LoginProfileTable Login, RestartRuleTable? Restarts)
{
    private static readonly SourceTextValueProvider<HardwareProfileTable?> HardwareCache =
        new(text => HardwareProfileReader.Read(new TableFile(TableRole.HardwareProfiles, string.Empty, text.ToString(), ModelOnly: true)).Model);

    private static readonly SourceTextValueProvider<RestartRuleTable?> RestartCache =
        new(text => RestartRuleReader.Read(new TableFile(TableRole.RestartRules, string.Empty, text.ToString(), ModelOnly: true)).Model);

    // Takes the start context only for its SourceText cache; the analyzer registers the actions.
#pragma warning disable RS1012
    // Parsed without the hardware table so the text alone keys the cache; Load drops what the generator rejects (IMPHA105).
    private static readonly SourceTextValueProvider<LoginProfileTable?> LoginCache =
        new(text => LoginProfileReader.Read(new TableFile(TableRole.LoginProfiles, string.Empty, text.ToString(), ModelOnly: true), hardware: null).Model);

    /// <summary>The tables, or null when the hardware or login table is missing or invalid: then there is nothing to check against.</summary>
    public static AnalyzerTables? Load(CompilationStartAnalysisContext context)
#pragma warning restore RS1012
    {
        var options = context.Options;
        HardwareProfileTable? hardware = null;
        RestartRuleTable? restarts = null;
        LoginProfileTable? login = null;
        var files = options.AdditionalFiles.ToArray();
        System.Array.Sort(files, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var file in files)
        {
            options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(TableRoles.MetadataKey, out var roleText);
            var role = TableRoles.Parse(roleText);
            var text = role == TableRole.None ? null : file.GetText(context.CancellationToken);
            if (text is null)
            {
                continue;
            }

            // The generator of the same build has usually read these very texts already.
            var content = text.ToString();
            switch (role)
            {
                case TableRole.HardwareProfiles when hardware is null:
                    hardware = ReadTables.Find<HardwareProfileTable>(role, content) ?? Read(context, text, HardwareCache);
                    break;
                case TableRole.RestartRules when restarts is null:
                    restarts = ReadTables.Find<RestartRuleTable>(role, content) ?? Read(context, text, RestartCache);
                    break;
                case TableRole.LoginProfiles when login is null:
                    login = ReadTables.Find<LoginProfileTable>(role, content) ?? Read(context, text, LoginCache);
                    break;
            }
        }

        return hardware is not null && login is not null && login.IsConsistentWith(hardware) ? new AnalyzerTables(hardware, login, restarts) : null;
    }

#pragma warning disable RS1012 // takes the start context only for its SourceText cache, as Load does
    private static T? Read<T>(CompilationStartAnalysisContext context, SourceText text, SourceTextValueProvider<T?> cache)
        where T : class
        => context.TryGetValue(text, cache, out var model) ? model : null;
#pragma warning restore RS1012
}
