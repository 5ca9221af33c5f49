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

    /// <summary>Stand-in for the emitted rule class.</summary>
    public sealed class RestartRule
    {
        /// <summary>The change.</summary>
        public ConfigurationChange Change { get; } = ConfigurationChange.EditProxyConfiguration;

        /// <summary>What to restart.</summary>
        public RestartTarget Restart { get; } = RestartTarget.SipProxy;

        /// <summary>What restarts by itself.</summary>
        public RestartTarget Automatic { get; } = RestartTarget.None;

        /// <summary>Where.</summary>
        public RestartWhere Where { get; } = RestartWhere.EditedNode;

        /// <summary>How necessary.</summary>
        public RestartNecessity Necessity { get; } = RestartNecessity.Required;

        /// <summary>Cisco's words.</summary>
        public string PrintedRestart { get; } = "Cisco SIP Proxy";

        /// <summary>Rows about the same change.</summary>
        public global::System.Collections.Generic.IReadOnlyList<ConfigurationChange> SameChange { get; } = global::System.Array.Empty<ConfigurationChange>();
    }

    /// <summary>Stand-in for the emitted table class.</summary>
    public static class RestartRules
    {
        private static readonly RestartRule s_rule = new RestartRule();

        /// <summary>The rule of a change.</summary>
        /// <param name="change">The change.</param>
        public static RestartRule Get(ConfigurationChange change) => change == ConfigurationChange.EditProxyConfiguration ? s_rule : throw new global::System.ArgumentOutOfRangeException(nameof(change));
    }

    /// <summary>Stand-in for the emitted, table-shaped part of the planner.</summary>
    public static partial class RestartPlanner
    {
        private static readonly RestartTarget[] s_targetOrder = new RestartTarget[] { RestartTarget.SipProxy, RestartTarget.Node, RestartTarget.System };

        /// <summary>The command for one target.</summary>
        /// <param name="target">One flag.</param>
        public static string? CommandFor(RestartTarget target) => target == RestartTarget.SipProxy ? "utils service restart Cisco SIP Proxy" : target == RestartTarget.None ? null : "utils system restart";
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
