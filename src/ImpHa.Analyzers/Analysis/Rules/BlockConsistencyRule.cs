using System.Collections.Generic;
using System.Linq;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Core.Domain;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Rules;

/// <summary>Checks across the limits written in one method or initializer: IMPHA007 (nodes differ) and IMPHA003 (upper not above lower).</summary>
internal static class BlockConsistencyRule
{
    /// <summary>The diagnostics across a block's limits, each with the value it should have (<see cref="LimitRule.WithExpected"/>).</summary>
    public static List<Diagnostic> Check(List<ParameterWrite> writes)
    {
        var diagnostics = new List<Diagnostic>();
        if (writes.Count < 2)
        {
            return diagnostics;
        }

        foreach (var kind in new[] { LimitKind.Lower, LimitKind.Upper })
        {
            // Compare with a write of the right value where there is one, so the squiggle lands on the wrong node's value.
            var ofKind = writes.Where(w => w.Kind == kind).ToList();
            var reference = ofKind.FirstOrDefault(w => w.Value == w.Expected) ?? ofKind.FirstOrDefault();
            var differing = ofKind.FirstOrDefault(w => reference is not null && w.Value != reference.Value);
            if (reference is not null && differing is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NodesDiffer, differing.Location, ServerRecoveryManagerParameters.Label(kind), differing.Value.Text(), reference.Value.Text()));
            }
        }

        var lowers = writes.Where(w => w.Kind == LimitKind.Lower).Select(w => w.Value).Distinct().ToList();
        if (lowers.Count == 1)
        {
            foreach (var upper in writes.Where(w => w.Kind == LimitKind.Upper && w.Value <= lowers[0]))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UpperNotAboveLower, upper.Location, upper.Value.Text(), lowers[0].Text()));
            }
        }

        return diagnostics;
    }
}
