using System.Collections.Generic;
using ImpHa.Core.Domain;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// What one block (a member, an initializer, a checked file) writes, each write once however many names lead to it: the
/// limits, the service-parameter writes that name no limit, and the calls to the generated profile lookups.
/// </summary>
internal sealed class BlockWrites
{
    private readonly HashSet<(LimitKind, TextSpan)> _limitsSeen = [];
    private readonly HashSet<string> _parametersSeen = new(System.StringComparer.Ordinal);

    public List<ParameterWrite> Limits { get; } = [];

    /// <summary>Item lists that write a service parameter but no limit: what the restart and unknown-parameter rules read.</summary>
    public List<IReadOnlyList<ParameterItem>> OtherParameters { get; } = [];

    /// <summary>Calls to the generated <c>HaLoginProfiles</c> lookups: what the capacity rule reads.</summary>
    public List<IInvocationOperation> ProfileLookups { get; } = [];

    public bool IsEmpty => Limits.Count == 0 && OtherParameters.Count == 0 && ProfileLookups.Count == 0;

    public void AddLimit(ParameterWrite write)
    {
        if (_limitsSeen.Add((write.Kind, write.Location.SourceSpan)))
        {
            Limits.Add(write);
        }
    }

    /// <summary>Adds the list unless the same items, at the same places, are here already (a request reached from its creation and its fields).</summary>
    public void AddOtherParameter(IReadOnlyList<ParameterItem> items)
    {
        if (_parametersSeen.Add(PlacesOf(items)))
        {
            OtherParameters.Add(items);
        }
    }

    private static string PlacesOf(IReadOnlyList<ParameterItem> items)
    {
        var key = new System.Text.StringBuilder();
        foreach (var item in items)
        {
            var span = item.Value?.Syntax.Span ?? default;
            key.Append(item.Member).Append('@').Append(span.Start).Append(':').Append(span.Length).Append(':').Append(item.InText?.Start ?? -1).Append(';');
        }

        return key.ToString();
    }
}
