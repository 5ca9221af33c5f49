using ImpHa.Core.GeneratedApi;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Emits <c>[ReLoginUpperLimit]</c> and <c>[ReLoginLowerLimit]</c>: markers for members that hold a
/// re-login limit, so the analyzer checks the constants written to them. They are
/// <c>[Conditional]</c>, so no usage reaches the user's assembly metadata.
/// </summary>
internal static class AttributesEmitter
{
    public const string HintName = "ImpHa.Attributes.g.cs";

    public static string Emit(EmitOptions options)
    {
        var w = new SourceWriter(options);
        EmitAttribute(w, GeneratedNames.UpperLimitAttribute, "Upper", "the Client Re-Login Upper Limit value of the selected HA login profile");
        w.Line();
        EmitAttribute(w, GeneratedNames.LowerLimitAttribute, "Lower", "the Critical Service Down Delay");
        return w.Finish();
    }

    private static void EmitAttribute(SourceWriter w, string name, string which, string expected)
    {
        w.TypeHeader(
            $"Marks a field, property or parameter that holds the Client Re-Login {which} Limit (seconds) of the Cisco Server Recovery Manager service. "
            + $"The ImpHa analyzer checks every constant assigned, initialised or passed to it against {expected}.");
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Field | global::System.AttributeTargets.Property | global::System.AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]");
        w.Line("[global::System.Diagnostics.Conditional(\"IMPHA_KEEP_ATTRIBUTES\")]");
        w.Line($"{w.Options.TypeVisibility} sealed class {name} : global::System.Attribute").Open();
        w.Close();
    }
}
