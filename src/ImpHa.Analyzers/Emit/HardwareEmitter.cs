using System.Globalization;
using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Model;

namespace ImpHa.Analyzers.Emit;

/// <summary>Emits <c>HaDeployment</c>, <c>HardwareProfile</c> and, with the hardware part, <c>HardwareProfiles</c> from the hardware table.</summary>
internal static class HardwareEmitter
{
    public const string HintName = "ImpHa.HardwareProfiles.g.cs";

    public static string Emit(HardwareProfileTable table, EmitOptions options)
    {
        var w = new SourceWriter(options);
        EmitDeployment(w);
        w.Line();
        EmitProfileEnum(w, table);
        if (!options.Generates(Settings.GeneratedParts.Hardware))
        {
            return w.Finish();
        }

        w.Line();
        w.TypeHeader("Hardware facts of each <see cref=\"HardwareProfile\"/>, as the profile headings of Cisco's tables print them.");
        w.Line($"{w.Options.TypeVisibility} static partial class HardwareProfiles").Open();
        EmitData(w, table);
        w.Close();
        w.Line();
        return w.Template("HardwareProfiles").Finish();
    }

    private static void EmitDeployment(SourceWriter w)
    {
        w.TypeHeader("The High Availability deployment type of a presence redundancy group.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.HaDeployment}").Open();
        w.EnumMembers(HaDeployments.All.Select(d => new EnumMember(SourceWriter.Xml(d.Summary), d.MemberName, d.Value)));
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

    /// <summary>The profiles and their facts as data; the getters (Templates/HardwareProfiles.cs) index them.</summary>
    private static void EmitData(SourceWriter w, HardwareProfileTable table)
    {
        w.Line("// What each member's name puts before the capacity, e.g. Users15000; TryParse reads either form.");
        w.Line($"private const string MemberPrefix = {SourceWriter.Literal(GeneratedNames.ProfileMemberPrefix)};");
        w.Line("private static readonly HardwareProfile[] s_all = new HardwareProfile[]").Open();
        foreach (var p in table.Profiles)
        {
            w.Line($"HardwareProfile.{p.MemberName},");
        }

        w.Close(";");
        w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<HardwareProfile> s_allReadOnly = new global::System.Collections.ObjectModel.ReadOnlyCollection<HardwareProfile>(s_all);");
        w.Line("private static readonly string[] s_names = new string[]").Open();
        foreach (var p in table.Profiles)
        {
            w.Line(SourceWriter.Literal(p.Name) + ",");
        }

        w.Close(";");
        w.Line("// Per profile: virtual CPUs, memory (GB), CPU reservation (MHz), minimum clock (MHz) active/active and active/standby; 0: none given.");
        var facts = new System.Collections.Generic.List<int>(table.Profiles.Count * 5);
        foreach (var p in table.Profiles)
        {
            facts.AddRange(new[] { p.VirtualCpus, p.MemoryGigabytes, p.CpuMegahertz ?? 0, p.MinimumClockMegahertzActiveActive ?? 0, p.MinimumClockMegahertzActiveStandby ?? 0 });
        }

        w.DataText("Facts", facts);
    }

    private static string Describe(HardwareProfileModel p)
    {
        var clock = p.CpuMegahertz is int mhz ? $" {mhz.Text()} MHz," : string.Empty;
        return $"{p.Name}: {p.VirtualCpus.Text()} vCPU,{clock} {p.MemoryGigabytes.Text()} GB memory.";
    }
}
