using System.Collections.Immutable;
using ImpHa.Analyzers.Analysis.Shapes;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Checks;

/// <summary>
/// IMPHA004 where the profile is chosen in code: a call to the generated <c>HaLoginProfiles</c>
/// lookups with a constant profile, deployment and user count that the profile cannot hold.
/// </summary>
internal sealed class ProfileArguments(INamedTypeSymbol? haLoginProfiles, LoginProfileTable login, HardwareProfileTable hardware)
{
    /// <summary>Diagnostic property: the enum member name of the smallest profile that fits.</summary>
    public const string SmallestProfileProperty = "SmallestProfile";

    public const string HaLoginProfilesName = "HaLoginProfiles";

    public Diagnostic? Check(IInvocationOperation invocation)
    {
        if (haLoginProfiles is null || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, haLoginProfiles))
        {
            return null;
        }

        IArgumentOperation? profileArgument = null;
        int? profile = null, deployment = null, users = null, first = null, second = null;
        foreach (var argument in invocation.Arguments)
        {
            var value = ParameterWriteShapes.Unwrap(argument.Value).ConstantValue;
            var number = value.HasValue && value.Value is int i ? i : (int?)null;
            switch (argument.Parameter?.Name)
            {
                case "profile":
                    profileArgument = argument;
                    profile = number;
                    break;
                case "deployment":
                    deployment = number;
                    break;
                case "activeUsers":
                    users = number;
                    break;
                case "firstNodeUsers":
                    first = number;
                    break;
                case "secondNodeUsers":
                    second = number;
                    break;
            }
        }

        // The generated HaDeployment enum: ActiveActive = 0, ActiveStandby = 1.
        var kind = deployment == 0 ? HaDeploymentKind.ActiveActive : HaDeploymentKind.ActiveStandby;
        users ??= first is int a && second is int b ? (kind == HaDeploymentKind.ActiveActive ? System.Math.Max(a, b) : a + b) : null;
        if (profileArgument is null || profile is null || deployment is not (0 or 1) || users is not int count
            || login.Find(profile.Value, kind) is not { } table || count <= table.MaxActiveUsers)
        {
            return null;
        }

        var message = ReLoginExpectation.TooManyUsers(count, table, login, hardware, out var fits);
        var properties = fits is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SmallestProfileProperty, "Users" + fits.Profile.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Diagnostic.Create(DiagnosticDescriptors.UsersExceedProfile, profileArgument.Value.Syntax.GetLocation(), properties, message);
    }
}
