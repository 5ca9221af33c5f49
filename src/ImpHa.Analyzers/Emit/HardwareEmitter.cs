using System.Globalization;
using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Model;

namespace ImpHa.Analyzers.Emit;

/// <summary>Emits <c>HaDeployment</c>, <c>HardwareProfile</c> and <c>HardwareProfiles</c> from the hardware table.</summary>
internal static class HardwareEmitter
{
    public const string HintName = "ImpHa.HardwareProfiles.g.cs";

    public static string Emit(HardwareProfileTable table, EmitOptions options)
    {
        var w = new SourceWriter(options);
        EmitDeployment(w);
        w.Line();
        EmitProfileEnum(w, table);
        w.Line();
        w.TypeHeader("Hardware facts of each <see cref=\"HardwareProfile\"/>, as the profile headings of Cisco's tables print them.");
        w.Line($"{w.Options.TypeVisibility} static partial class HardwareProfiles").Open();
        EmitAll(w, table);
        EmitSwitch(w, table, "string", "GetName", "The profile's name as Cisco prints it, e.g. \"15000 Users Full UC\".", p => SourceWriter.Literal(p.Name));
        EmitSwitch(w, table, "int", "GetVirtualCpus", "Number of virtual CPUs of the profile's virtual machine.", p => p.VirtualCpus.Text());
        EmitSwitch(w, table, "int", "GetMemoryGigabytes", "Memory of the profile's virtual machine, in GB.", p => p.MemoryGigabytes.Text());
        EmitSwitch(w, table, "int?", "GetCpuMegahertz", "CPU reservation in MHz where the profile's heading gives one, otherwise null.", p => Optional(p.CpuMegahertz));
        EmitMinimumClock(w, table);
        EmitIsDefined(w, table);
        EmitTryParse(w, table);
        w.Close();
        w.Line();
        return w.Template("HardwareProfiles").Finish();
    }

    private static void EmitDeployment(SourceWriter w)
    {
        w.TypeHeader("The High Availability deployment type of a presence redundancy group.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.HaDeployment}").Open();
        w.EnumMembers(HaDeployments.All.Select(d => (SourceWriter.Xml(d.Summary), d.MemberName, d.Value)));
        w.Close();
    }

    private static void EmitProfileEnum(SourceWriter w, HardwareProfileTable table)
    {
        w.TypeHeader("IM and Presence Service hardware profiles (Full UC virtual machine sizes). The value of each member is the profile's user capacity.");
        w.Line($"{w.Options.TypeVisibility} enum HardwareProfile").Open();
        for (var i = 0; i < table.Profiles.Count; i++)
        {
            var p = table.Profiles[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Summary(SourceWriter.Xml(Describe(p)));
            w.Line($"{p.MemberName} = {p.Capacity.Text()},");
        }

        w.Close();
    }

    private static void EmitAll(SourceWriter w, HardwareProfileTable table)
    {
        w.Line("private static readonly HardwareProfile[] s_all = new HardwareProfile[]").Open();
        foreach (var p in table.Profiles)
        {
            w.Line($"HardwareProfile.{p.MemberName},");
        }

        w.Close(";");
        w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<HardwareProfile> s_allReadOnly = new global::System.Collections.ObjectModel.ReadOnlyCollection<HardwareProfile>(s_all);");
        w.Line();
        w.Summary("Every hardware profile, smallest first.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<HardwareProfile> All => s_allReadOnly;");
    }

    private static void EmitSwitch(SourceWriter w, HardwareProfileTable table, string type, string name, string summary, System.Func<HardwareProfileModel, string> value)
    {
        w.Line();
        w.Summary(summary);
        w.Line("/// <param name=\"profile\">A defined hardware profile.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The profile is not a defined member.</exception>");
        w.Line($"public static {type} {name}(HardwareProfile profile)").Open();
        w.Line("switch (profile)").Open();
        foreach (var p in table.Profiles)
        {
            w.Line($"case HardwareProfile.{p.MemberName}: return {value(p)};");
        }

        w.Line("default: throw UnknownProfile(profile);");
        w.Close();
        w.Close();
    }

    private static void EmitMinimumClock(SourceWriter w, HardwareProfileTable table)
    {
        w.Line();
        w.Summary("The minimum CPU clock (MHz) Cisco recommends for maximum client login throughput with this profile and deployment type, or null where the document gives none.");
        w.Line("/// <param name=\"profile\">A defined hardware profile.</param>");
        w.Line("/// <param name=\"deployment\">The deployment type.</param>");
        w.Line("public static int? GetMinimumRecommendedClockMegahertz(HardwareProfile profile, HaDeployment deployment)").Open();
        w.Line("bool activeActive = deployment == HaDeployment.ActiveActive;");
        w.Line("switch (profile)").Open();
        foreach (var p in table.Profiles)
        {
            var clock = p.MinimumClockMegahertzActiveActive is null && p.MinimumClockMegahertzActiveStandby is null
                ? "null"
                : $"activeActive ? {Optional(p.MinimumClockMegahertzActiveActive)} : {Optional(p.MinimumClockMegahertzActiveStandby)}";
            w.Line($"case HardwareProfile.{p.MemberName}: return {clock};");
        }

        w.Line("default: throw UnknownProfile(profile);");
        w.Close();
        w.Close();
    }

    private static void EmitIsDefined(SourceWriter w, HardwareProfileTable table)
    {
        w.Line();
        w.Summary("True when <paramref name=\"profile\"/> is one of the table's profiles.");
        w.Line("/// <param name=\"profile\">The value to check.</param>");
        w.Line("public static bool IsDefined(HardwareProfile profile)").Open();
        w.Line("switch (profile)").Open();
        foreach (var p in table.Profiles)
        {
            w.Line($"case HardwareProfile.{p.MemberName}:");
        }

        if (table.Profiles.Count > 0)
        {
            w.Indent().Line("return true;").Outdent();
        }

        w.Line("default: return false;");
        w.Close();
        w.Close();
    }

    private static void EmitTryParse(SourceWriter w, HardwareProfileTable table)
    {
        var nullable = w.Options.NullableReference;
        w.Line();
        w.Summary("Reads a profile written as its capacity (\"15000\") or member name (\"Users15000\"), ignoring case and surrounding white space. Does not allocate.");
        w.Line("/// <param name=\"text\">The text to read.</param>");
        w.Line("/// <param name=\"profile\">The profile, when the method returns true.</param>");
        w.Line($"public static bool TryParse(string{nullable} text, out HardwareProfile profile)").Open();
        foreach (var p in table.Profiles)
        {
            w.Line($"if (ImpHaText.Matches(text, {SourceWriter.Literal(p.Capacity.Text())}) || ImpHaText.Matches(text, {SourceWriter.Literal(p.MemberName)}))").Open();
            w.Line($"profile = HardwareProfile.{p.MemberName};");
            w.Line("return true;");
            w.Close();
            w.Line();
        }

        w.Line("profile = default(HardwareProfile);");
        w.Line("return false;");
        w.Close();
    }

    private static string Describe(HardwareProfileModel p)
    {
        var clock = p.CpuMegahertz is int mhz ? $" {mhz.Text()} MHz," : string.Empty;
        return $"{p.Name}: {p.VirtualCpus.Text()} vCPU,{clock} {p.MemoryGigabytes.Text()} GB memory.";
    }

    private static string Optional(int? value) => value is int v ? "(int?)" + v.Text() : "null";
}
