using System.Collections.Generic;
using System.Collections.Immutable;
using ImpHa.Core.Diagnostics;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Rules;

/// <summary>
/// IMPHA004 where the profile is chosen in code: a call to the generated <c>HaLoginProfiles</c>
/// lookups with a constant profile, deployment and user count that the profile cannot hold.
/// </summary>
internal sealed class CapacityRule(LoginProfileTable login, HardwareProfileTable hardware)
{
    /// <summary>The diagnostics of a block's calls to the lookups (<see cref="BlockWrites.ProfileLookups"/>).</summary>
    public List<Diagnostic> Check(List<IInvocationOperation> lookups)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var lookup in lookups)
        {
            if (Check(lookup) is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }
        }

        return diagnostics;
    }

    private Diagnostic? Check(IInvocationOperation invocation)
    {
        IArgumentOperation? profileArgument = null;
        int? profile = null, deployment = null, users = null, first = null, second = null;
        foreach (var argument in invocation.Arguments)
        {
            var constant = ConstantValues.Unwrap(argument.Value).ConstantValue;
            var number = constant.HasValue && constant.Value is int i ? i : (int?)null;
            switch (argument.Parameter?.Name)
            {
                case GeneratedNames.ProfileParameter:
                    profileArgument = argument;
                    profile = number;
                    break;
                case GeneratedNames.DeploymentParameter:
                    deployment = number;
                    break;
                case GeneratedNames.ActiveUsersParameter:
                    users = number;
                    break;
                case GeneratedNames.FirstNodeUsersParameter:
                    first = number;
                    break;
                case GeneratedNames.SecondNodeUsersParameter:
                    second = number;
                    break;
            }
        }

        var kind = deployment is int value ? HaDeployments.FromValue(value) : null;
        if (kind is { } groupKind && users is null && first is int a && second is int b)
        {
            users = ReLoginRules.EffectiveActiveUsers(groupKind, a, b);
        }

        if (profileArgument is null || profile is null || kind is not { } deploymentKind || users is not int count
            || login.Find(profile.Value, deploymentKind) is not { } table || count <= table.MaxActiveUsers)
        {
            return null;
        }

        var message = ReLoginRules.ExceedsMessage(count, table, login, hardware, out var fits);
        var properties = fits is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.SmallestProfile, GeneratedNames.ProfileMember(fits.Profile));
        return Diagnostic.Create(DiagnosticDescriptors.UsersExceedProfile, profileArgument.Value.Syntax.GetLocation(), properties, message);
    }
}
