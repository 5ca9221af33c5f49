using System.Collections.Generic;
using System.Linq;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Rules;

/// <summary>
/// IMPHA009: a number written to a Cisco Server Recovery Manager parameter whose name ImpHa does not know.
/// AXL's <c>name</c> is the parameter's internal name, which Cisco does not publish; ImpHa knows the labels
/// and the names a project configures, so it says where it cannot check rather than staying silent.
/// </summary>
/// <param name="restarts">
/// The restart table, whose names under the Cisco Server Recovery Manager count as known (the shipped table lists none):
/// another service's parameter name under this service is as unknown as a misspelt one.
/// </param>
internal sealed class UnknownParameterRule(RestartRuleTable? restarts)
{
    private readonly HashSet<string> _known = new(
        (restarts?.Rules ?? EquatableArray<RestartRuleModel>.Empty).Where(r => r.NamesOneParameter && ParameterMembers.IsServerRecoveryManager(r.Service)).Select(r => r.Parameter),
        System.StringComparer.OrdinalIgnoreCase)
    {
        ServerRecoveryManagerParameters.CriticalServiceDownDelay,
        ServerRecoveryManagerParameters.CriticalServiceDelay,
    };

    /// <summary>Reports when the items name the service explicitly, an explicit name member holds an unknown name, and a value member a number.</summary>
    public Diagnostic? Check(IReadOnlyList<ParameterItem> items, LimitLabels labels)
    {
        if (ParameterMembers.Service(items) is not { } service || !ParameterMembers.IsServerRecoveryManager(service))
        {
            return null;
        }

        var hasNumber = items.Any(i => i.Member is not null && ParameterMembers.IsValue(i.Member) && i.Value is not null && ConstantValues.TryNumber(i.Value, out _, out _));
        if (!hasNumber)
        {
            return null;
        }

        foreach (var item in items)
        {
            if (ParameterMembers.IsExplicitName(item.Member) && item.Value is not null && ConstantValues.String(item.Value) is { } name
                && name.Trim().Length > 0 && labels.Match(name) is null && !_known.Contains(name.Trim()))
            {
                return Diagnostic.Create(
                    DiagnosticDescriptors.UnknownParameter,
                    item.Value.Syntax.GetLocation(),
                    name.Trim(),
                    ImpHaSettings.UpperLimitParameterNames.Property,
                    ImpHaSettings.LowerLimitParameterNames.Property);
            }
        }

        return null;
    }
}
