using System.Collections.Generic;
using System.Linq;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Rules;

/// <summary>IMPHA008: a service-parameter write whose service and parameter the restart table lists; services and commands come from <see cref="RestartTargets"/>.</summary>
internal sealed class RestartNeededRule
{
    private readonly Dictionary<string, List<RestartRuleModel>> _rulesByParameter;
    private readonly List<RestartRuleModel> _blanketRules = [];

    public RestartNeededRule(RestartRuleTable? restarts)
    {
        _rulesByParameter = new Dictionary<string, List<RestartRuleModel>>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var rule in restarts?.Rules ?? EquatableArray<RestartRuleModel>.Empty)
        {
            if (rule.IsAnyParameter)
            {
                _blanketRules.Add(rule);
                continue;
            }

            if (!rule.NamesOneParameter)
            {
                continue;
            }

            if (!_rulesByParameter.TryGetValue(rule.Parameter, out var rules))
            {
                _rulesByParameter.Add(rule.Parameter, rules = []);
            }

            rules.Add(rule);
        }
    }

    /// <summary>The parameter names the table lists, and the services of its blanket rules, for the per-tree skip.</summary>
    public static List<string> ParameterNamesOf(RestartRuleTable? restarts)
    {
        var names = new List<string>();
        foreach (var rule in restarts?.Rules ?? EquatableArray<RestartRuleModel>.Empty)
        {
            if (rule.IsAnyParameter)
            {
                names.Add(rule.Service);
            }
            else if (rule.NamesOneParameter)
            {
                names.Add(rule.Parameter);
            }
        }

        return names;
    }

    /// <summary>The diagnostic for one service-parameter write, or null: the parameter's own rule first, else its service's blanket rule.</summary>
    public Diagnostic? Check(IReadOnlyList<ParameterItem> items)
    {
        if (items.Count < 3)
        {
            return null;
        }

        foreach (var (member, value) in items)
        {
            if (value is null || !ParameterMembers.IsName(member))
            {
                continue;
            }

            foreach (var rule in RulesNamed(value))
            {
                if (!items.Any(i => i.Value is not null && ConstantValues.String(i.Value) is { } service && string.Equals(service.Trim(), rule.Service, System.StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var services = string.Join(" and ", RestartTargets.ServiceNames(rule.Restart));
                var commands = string.Join("; ", RestartTargets.Commands(rule.Restart));
                return Diagnostic.Create(DiagnosticDescriptors.RestartNeeded, value.Syntax.GetLocation(), rule.Parameter, rule.Service, services, commands);
            }
        }

        return CheckBlanket(items);
    }

    // No pattern or out variable in a condition a mutant could negate: one mutant that does not compile makes Stryker drop the whole method.
    private IReadOnlyList<RestartRuleModel> RulesNamed(IOperation value)
    {
        List<RestartRuleModel>? rules = null;
        var text = ConstantValues.String(value);
        return text is not null && _rulesByParameter.TryGetValue(text.Trim(), out rules) ? rules : [];
    }

    /// <summary>Cisco's rule for any parameter of a service (any edit to a Cisco XCP Router parameter restarts the router): the service named explicitly, and an explicit name.</summary>
    private Diagnostic? CheckBlanket(IReadOnlyList<ParameterItem> items)
    {
        if (_blanketRules.Count == 0 || ParameterMembers.Service(items) is not { } service)
        {
            return null;
        }

        foreach (var rule in _blanketRules)
        {
            if (!string.Equals(service, rule.Service, System.StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var (member, value) in items)
            {
                if (ParameterMembers.IsExplicitName(member) && value is not null && ConstantValues.String(value) is { } name && name.Trim().Length > 0)
                {
                    var services = string.Join(" and ", RestartTargets.ServiceNames(rule.Restart));
                    var commands = string.Join("; ", RestartTargets.Commands(rule.Restart));
                    return Diagnostic.Create(DiagnosticDescriptors.RestartNeeded, value.Syntax.GetLocation(), name.Trim(), rule.Service + " (Cisco: any edit to a parameter that affects it needs its restart)", services, commands);
                }
            }
        }

        return null;
    }
}
