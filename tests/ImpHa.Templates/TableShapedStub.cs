namespace ImpHa
{
    /// <summary>Stand-in for the emitted restart targets: the members the templates name.</summary>
    [global::System.Flags]
    public enum RestartTarget
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary>A service.</summary>
        SipProxy = 1,

        /// <summary>The node.</summary>
        Node = 2,

        /// <summary>Every node.</summary>
        System = 4,
    }

    /// <summary>Stand-in for the emitted necessities.</summary>
    public enum RestartNecessity
    {
        /// <summary>Required.</summary>
        Required = 0,

        /// <summary>Recommended.</summary>
        Recommended = 1,

        /// <summary>Conditional.</summary>
        Conditional = 2,
    }

    /// <summary>Stand-in for the emitted placements.</summary>
    public enum RestartWhere
    {
        /// <summary>The node where the change was made.</summary>
        EditedNode = 0,

        /// <summary>Every node.</summary>
        EveryNode = 1,

        /// <summary>The subscriber.</summary>
        Subscriber = 2,

        /// <summary>The nodes that stay.</summary>
        RemainingNodes = 3,
    }

    /// <summary>Stand-in for the emitted changes: one per table row.</summary>
    public enum ConfigurationChange
    {
        /// <summary>A row.</summary>
        EditProxyConfiguration = 0,
    }

    /// <summary>Stand-in for the emitted kinds.</summary>
    public enum RestartKind
    {
        /// <summary>Required.</summary>
        Required = 0,

        /// <summary>Conditional.</summary>
        Conditional = 1,

        /// <summary>Recommended after an alert.</summary>
        RecommendedAfterAlert = 2,
    }

    /// <summary>Stand-in for the emitted causes.</summary>
    public enum RestartCause
    {
        /// <summary>A change.</summary>
        ConfigurationChange = 0,
    }

    /// <summary>Stand-in for the emitted part of the rule class.</summary>
    public sealed partial class RestartRule
    {
        /// <summary>True for the blanket rule.</summary>
        public bool AppliesToAnyParameter => ParameterName == "*";
    }

    /// <summary>Stand-in for the emitted table class: one row, its texts packed.</summary>
    public static partial class RestartRules
    {
        private static readonly byte[] s_data = new byte[] { 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 80, 114, 111, 120, 121, 0, 1, 0 };
        private static readonly ImpHaPackedText s_texts = new ImpHaPackedText(s_data, 14, 5, 2);
        private static readonly RestartRule[] s_rules = ReadRules(1);
    }

    /// <summary>Stand-in for the emitted hardware facts.</summary>
    public static partial class HardwareProfiles
    {
        private const string MemberPrefix = "Users";
        private static readonly HardwareProfile[] s_all = new HardwareProfile[] { HardwareProfile.Users1000 };
        private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<HardwareProfile> s_allReadOnly = new global::System.Collections.ObjectModel.ReadOnlyCollection<HardwareProfile>(s_all);
        private static readonly string[] s_names = new string[] { "1000 Users Full UC" };
        private static string Facts => "\u0001\u0002\u05DC\u0000\u0000";
    }

    /// <summary>Stand-in for the emitted, table-shaped part of the planner.</summary>
    public static partial class RestartPlanner
    {
        /// <summary>The command for one target.</summary>
        /// <param name="target">One flag.</param>
        public static string? CommandFor(RestartTarget target) => target == RestartTarget.SipProxy ? "utils service restart Cisco SIP Proxy" : target == RestartTarget.None ? null : "utils system restart";

        internal static global::System.Collections.Generic.IReadOnlyList<string> CommandsFor(RestartTarget targets)
        {
            var commands = new global::System.Collections.Generic.List<string>();
            for (RestartTarget target = (RestartTarget)1; target != 0; target = (RestartTarget)((int)target << 1))
            {
                string? command = (targets & target) != 0 ? CommandFor(target) : null;
                if (command != null)
                {
                    commands.Add(command);
                }
            }

            return commands.AsReadOnly();
        }

        private static RestartTarget Simplify(RestartTarget targets) => (targets & RestartTarget.System) != 0 ? RestartTarget.System : targets;

        private static RestartTarget Covered(RestartTarget stronger, RestartTarget weaker) => (stronger & RestartTarget.System) != 0 ? RestartTarget.None : Simplify(weaker & ~stronger);
    }

    /// <summary>The parts the emitter writes.</summary>
    public sealed partial class RestartPlan
    {
    }

    /// <summary>Stand-in for the emitted standards.</summary>
    public enum XmppStandard
    {
        /// <summary>XEP-0045.</summary>
        Xep0045 = 0,
    }

    /// <summary>Stand-in for the emitted part of the standards: one row, its texts packed.</summary>
    public static partial class XmppStandards
    {
        private static readonly byte[] s_data = new byte[] { 0, 1, 0, 45, 88, 69, 80, 45, 48, 48, 52, 53, 32, 77, 85, 67, 1, 0, 1, 1 };
        private static readonly ImpHaPackedText s_texts = new ImpHaPackedText(s_data, 4, 12, 2);
        private static readonly XmppStandardInfo[] s_standards = ReadStandards(1);
    }

    /// <summary>The parts the emitter writes.</summary>
    public sealed partial class XmppStandardInfo
    {
    }

    /// <summary>Stand-in for the emitted deployments.</summary>
    public enum HaDeployment
    {
        /// <summary>Active/active.</summary>
        ActiveActive = 0,

        /// <summary>Active/standby.</summary>
        ActiveStandby = 1,
    }

    /// <summary>Stand-in for the emitted profiles.</summary>
    public enum HardwareProfile
    {
        /// <summary>1000 users.</summary>
        Users1000 = 1000,
    }

    /// <summary>Stand-in for the emitted, table-shaped part of the login lookups: one table of one row.</summary>
    public static partial class HaLoginProfiles
    {
        // The slots of the profiles' capacities, then the table's last row's users at the table's index, as the emitted index holds them.
        private const int ProfileSlots = 1;
        private static string TableIndex => "\u01F4\u03E8";

        /// <summary>The limits.</summary>
        /// <param name="profile">The profile.</param>
        /// <param name="deployment">The deployment.</param>
        /// <param name="activeUsers">The users.</param>
        /// <param name="limits">The limits.</param>
        public static bool TryGetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, out ReLoginLimits limits)
        {
            int table = TableOf(profile, deployment);
            if (table >= 0 && activeUsers >= 1 && activeUsers <= TableIndex[table])
            {
                limits = new ReLoginLimits(120, 253, TableIndex[table]);
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static int TableOf(HardwareProfile profile, HaDeployment deployment) => profile == HardwareProfile.Users1000 ? (int)deployment : -1;

        private static global::System.ArgumentOutOfRangeException OutOfRange(HardwareProfile profile, HaDeployment deployment, int activeUsers)
            => new global::System.ArgumentOutOfRangeException(nameof(activeUsers), activeUsers, profile + " " + deployment);
    }

    /// <summary>The parts the emitter writes: accessibility and modifiers.</summary>
    public sealed partial class RestartTrigger
    {
    }

    /// <summary>The parts the emitter writes.</summary>
    public sealed partial class RestartStep
    {
    }

    /// <summary>The parts the emitter writes.</summary>
    public sealed partial class NodeRestartPlan
    {
    }

    /// <summary>The parts the emitter writes.</summary>
    public readonly partial struct ReLoginLimits
    {
    }

    /// <summary>The parts the emitter writes.</summary>
    internal static partial class ImpHaText
    {
    }

    /// <summary>The parts the emitter writes.</summary>
    internal sealed partial class ImpHaPackedText
    {
    }
}
