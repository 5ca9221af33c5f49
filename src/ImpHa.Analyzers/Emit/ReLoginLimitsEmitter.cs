using ImpHa.Core.Domain;

namespace ImpHa.Analyzers.Emit;

/// <summary>Emits the <c>ReLoginLimits</c> value type: fixed code (Templates/ReLoginLimits.cs), since no table shapes it.</summary>
internal static class ReLoginLimitsEmitter
{
    public static void Emit(SourceWriter w)
        => w.TypePart("readonly partial struct ReLoginLimits", $"The Client Re-Login Lower and Upper Limits (seconds) of the {ImpServices.ServerRecoveryManager.Name} service, and the table row they come from.")
            .Line()
            .Template("ReLoginLimits");
}
