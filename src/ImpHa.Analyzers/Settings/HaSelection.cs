using System.Globalization;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Settings;

/// <summary>
/// The profile selected for a file: MSBuild properties (project-wide), overridden by
/// <c>.editorconfig</c> keys (per folder or file). <see cref="Error"/> says what is wrong, if anything.
/// </summary>
internal sealed record HaSelection(int? Profile, HaDeploymentKind? Deployment, int? ActiveUsers, int? CriticalServiceDownDelay, string? Error)
{
    public bool IsSelected => Profile is not null && Deployment is not null && Error is null;

    /// <summary>
    /// Equal to <paramref name="other"/> in every member. What the record's <c>Equals</c> says, written with lifted operators:
    /// the record's version compares through <c>EqualityComparer&lt;int?&gt;</c> and <c>&lt;HaDeploymentKind?&gt;</c>, value-type
    /// instantiations that a cold compiler process has to compile just for this one comparison per build.
    /// </summary>
    public bool SelectsTheSameAs(HaSelection other) =>
        Profile == other.Profile && Deployment == other.Deployment && ActiveUsers == other.ActiveUsers
        && CriticalServiceDownDelay == other.CriticalServiceDownDelay && string.Equals(Error, other.Error, System.StringComparison.Ordinal);

    public static HaSelection Read(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions, HardwareProfileTable? hardware)
    {
        var profileText = ImpHaSettings.Profile.Read(fileOptions, globalOptions);
        var deploymentText = ImpHaSettings.Deployment.Read(fileOptions, globalOptions);
        var usersText = ImpHaSettings.ActiveUsers.Read(fileOptions, globalOptions);
        var delayText = ImpHaSettings.CriticalServiceDownDelay.Read(fileOptions, globalOptions);

        int? delay = null;
        if (delayText is not null)
        {
            if (!TryPositive(delayText, out var d))
            {
                return Invalid($"{ImpHaSettings.CriticalServiceDownDelay.DisplayName} is '{delayText}'; give whole seconds of 1 or more, e.g. 120");
            }

            delay = d;
        }

        if (profileText is null && deploymentText is null && usersText is null)
        {
            return new HaSelection(null, null, null, delay, null);
        }

        if (profileText is null || deploymentText is null)
        {
            var (p, d) = (ImpHaSettings.Profile, ImpHaSettings.Deployment);
            return Invalid($"set both {p.Property} and {d.Property} (or {p.EditorConfigKey} and {d.EditorConfigKey}) to select a profile");
        }

        var prefix = GeneratedNames.ProfileMemberPrefix;
        var capacityText = profileText.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase) ? profileText.Substring(prefix.Length) : profileText;
        if (!TryPositive(capacityText, out var profile) || (hardware is not null && !hardware.Contains(profile)))
        {
            var known = hardware?.KnownCapacities ?? "the capacities of the hardware profile table";
            return Invalid($"{ImpHaSettings.Profile.DisplayName} is '{profileText}'; use one of {known} (or {GeneratedNames.ProfileMember(15000)} style names)");
        }

        if (!HaDeployments.TryParse(deploymentText, out var deployment))
        {
            return Invalid($"{ImpHaSettings.Deployment.DisplayName} is '{deploymentText}'; use {HaDeployments.AllowedValues}");
        }

        int? users = null;
        if (usersText is not null)
        {
            if (!TryPositive(usersText, out var u))
            {
                return Invalid($"{ImpHaSettings.ActiveUsers.DisplayName} is '{usersText}'; give a whole number of 1 or more");
            }

            users = u;
        }

        return new HaSelection(profile, deployment, users, delay, null);
    }

    private static HaSelection Invalid(string error) => new(null, null, null, null, error);

    private static bool TryPositive(string text, out int value)
        => int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
