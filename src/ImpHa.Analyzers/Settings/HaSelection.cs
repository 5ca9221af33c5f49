using System.Globalization;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Settings;

/// <summary>
/// The profile selected for a file: MSBuild properties (project-wide), overridden by
/// <c>.editorconfig</c> keys (per folder or file). <see cref="Error"/> says what is wrong, if anything.
/// </summary>
internal sealed record HaSelection(int? Profile, HaDeploymentKind? Deployment, int? ActiveUsers, int? CriticalServiceDownDelay, string? Error)
{
    public const string ProfileProperty = "ImpHaProfile";
    public const string DeploymentProperty = "ImpHaDeployment";
    public const string ActiveUsersProperty = "ImpHaActiveUsers";
    public const string DelayProperty = "ImpHaCriticalServiceDownDelay";

    public bool IsSelected => Profile is not null && Deployment is not null && Error is null;

    public static HaSelection Read(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, HardwareProfileTable? hardware)
    {
        var profileText = Get(fileOptions, globalOptions, "impha_profile", ProfileProperty);
        var deploymentText = Get(fileOptions, globalOptions, "impha_deployment", DeploymentProperty);
        var usersText = Get(fileOptions, globalOptions, "impha_active_users", ActiveUsersProperty);
        var delayText = Get(fileOptions, globalOptions, "impha_critical_service_down_delay", DelayProperty);

        int? delay = null;
        if (delayText is not null)
        {
            if (!TryPositive(delayText, out var d))
            {
                return Invalid($"ImpHaCriticalServiceDownDelay / impha_critical_service_down_delay is '{delayText}'; give whole seconds of 1 or more, e.g. 120");
            }

            delay = d;
        }

        if (profileText is null && deploymentText is null && usersText is null)
        {
            return new HaSelection(null, null, null, delay, null);
        }

        if (profileText is null || deploymentText is null)
        {
            return Invalid("set both ImpHaProfile and ImpHaDeployment (or impha_profile and impha_deployment) to select a profile");
        }

        var known = hardware?.KnownCapacities ?? "500, 1000, 2000, 5000, 15000, 25000";
        var capacityText = profileText.StartsWith("Users", System.StringComparison.OrdinalIgnoreCase) ? profileText.Substring(5) : profileText;
        if (!TryPositive(capacityText, out var profile) || (hardware is not null && !hardware.Contains(profile)))
        {
            return Invalid($"ImpHaProfile / impha_profile is '{profileText}'; use one of {known} (or Users15000 style names)");
        }

        if (!HaDeploymentNames.TryParse(deploymentText, out var deployment))
        {
            return Invalid($"ImpHaDeployment / impha_deployment is '{deploymentText}'; use {HaDeploymentNames.AllowedValues}");
        }

        int? users = null;
        if (usersText is not null)
        {
            if (!TryPositive(usersText, out var u))
            {
                return Invalid($"ImpHaActiveUsers / impha_active_users is '{usersText}'; give a whole number of 1 or more");
            }

            users = u;
        }

        return new HaSelection(profile, deployment, users, delay, null);
    }

    private static HaSelection Invalid(string error) => new(null, null, null, null, error);

    /// <summary>A setting: the <c>.editorconfig</c> key for the file, else the MSBuild property; trimmed, null when blank.</summary>
    internal static string? Get(AnalyzerConfigOptions file, AnalyzerConfigOptions global, string editorConfigKey, string property)
    {
        if (file.TryGetValue(editorConfigKey, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        return global.TryGetValue("build_property." + property, out value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    private static bool TryPositive(string text, out int value)
        => int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
