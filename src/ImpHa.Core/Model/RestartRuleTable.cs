using System.Collections.Generic;
using ImpHa.Core.Domain;

namespace ImpHa.Core.Model;

/// <summary>One row of "Configurations that Require a Restart".</summary>
public sealed record RestartRuleModel(
    string Id,
    string Setting,
    string MenuPath,
    string Trigger,
    RestartTargetKind Restart,
    RestartTargetKind Automatic,
    RestartKind Kind,
    string Alert,
    string Service,
    string Parameter,
    string PrintedRestart,
    RestartWhere Where,
    RestartCause Cause,
    string Interpretation,
    EquatableArray<string> SameChange)
{
    /// <summary>True for a blanket rule: any parameter of <see cref="Service"/> (<see cref="RestartPlacement.AnyParameter"/>).</summary>
    public bool IsAnyParameter => Parameter == RestartPlacement.AnyParameter;

    /// <summary>True for a rule about one named parameter of <see cref="Service"/>: a parameter given, and not the blanket one.</summary>
    public bool NamesOneParameter => Parameter.Length > 0 && !IsAnyParameter;
}

/// <summary>The restart rules in file order (the order the document prints them).</summary>
public sealed record RestartRuleTable(EquatableArray<RestartRuleModel> Rules)
{
}
