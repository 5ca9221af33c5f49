using System.Collections.Generic;
using ImpHa.Analyzers.Domain;
using Microsoft.CodeAnalysis.CSharp;

namespace ImpHa.Analyzers.Model;

/// <summary>One row of "Configurations that Require a Restart".</summary>
internal sealed record RestartRuleModel(
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
    string PrintedRestart);

/// <summary>The restart rules in file order (the order the document prints them).</summary>
internal sealed record RestartRuleTable(EquatableArray<RestartRuleModel> Rules)
{
}
