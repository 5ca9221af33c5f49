using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Settings;

/// <summary>One setting: an MSBuild property (project-wide) and, where it may vary per folder or file, an <c>.editorconfig</c> key.</summary>
internal sealed record ImpHaSetting(string Property, string? EditorConfigKey)
{
    /// <summary>The <c>.editorconfig</c> key for the file, else the MSBuild property; trimmed, null when blank.</summary>
    public string? Read(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        => ReadFileLevel(fileOptions) ?? (globalOptions.TryGetValue("build_property." + Property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null);

    /// <summary>The value a file's own <c>.editorconfig</c> sections give, trimmed; null where they give none.</summary>
    public string? ReadFileLevel(AnalyzerConfigOptions fileOptions)
        => EditorConfigKey is not null && fileOptions.TryGetValue(EditorConfigKey, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The project-wide value: the MSBuild property only.</summary>
    public string? ReadProjectWide(AnalyzerConfigOptions globalOptions) => (this with { EditorConfigKey = null }).Read(globalOptions, globalOptions);

    /// <summary>"ImpHaProfile / impha_profile", as messages name the setting.</summary>
    public string DisplayName => EditorConfigKey is null ? Property : Property + " / " + EditorConfigKey;
}

/// <summary>Every setting the generator and analyzer read, read only through <see cref="ImpHaSetting.Read"/>; the package props make each property compiler-visible.</summary>
internal static class ImpHaSettings
{
    public static readonly ImpHaSetting Namespace = new("ImpHaNamespace", null);
    public static readonly ImpHaSetting TypeVisibility = new("ImpHaTypeVisibility", null);
    public static readonly ImpHaSetting Generate = new("ImpHaGenerate", null);
    public static readonly ImpHaSetting DocComments = new("ImpHaDocComments", null);
    public static readonly ImpHaSetting Profile = new("ImpHaProfile", "impha_profile");
    public static readonly ImpHaSetting Deployment = new("ImpHaDeployment", "impha_deployment");
    public static readonly ImpHaSetting ActiveUsers = new("ImpHaActiveUsers", "impha_active_users");
    public static readonly ImpHaSetting CriticalServiceDownDelay = new("ImpHaCriticalServiceDownDelay", "impha_critical_service_down_delay");
    public static readonly ImpHaSetting UpperLimitParameterNames = new("ImpHaUpperLimitParameterNames", "impha_upper_limit_parameter_names");
    public static readonly ImpHaSetting LowerLimitParameterNames = new("ImpHaLowerLimitParameterNames", "impha_lower_limit_parameter_names");

    public static readonly ImmutableArray<ImpHaSetting> All = ImmutableArray.Create(
        Namespace, TypeVisibility, Generate, DocComments, Profile, Deployment, ActiveUsers, CriticalServiceDownDelay, UpperLimitParameterNames, LowerLimitParameterNames);
}
