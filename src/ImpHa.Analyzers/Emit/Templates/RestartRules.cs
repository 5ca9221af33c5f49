namespace ImpHa
{
    static partial class RestartRules
    {
        /// <summary>The rule for a configuration change.</summary>
        /// <param name="change">A defined configuration change.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The change is not a defined member.</exception>
        public static RestartRule Get(ConfigurationChange change)
        {
            int index = (int)change;
            if (index < 0 || index >= s_rules.Length)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(change), change, "Not a configuration change of the ImpHa restart table.");
            }

            return s_rules[index];
        }

        /// <summary>What Cisco recommends restarting after an alert (e.g. "PEIDSQueryError"), matched ignoring case and surrounding white space; <see cref="RestartTarget.None"/> for an alert the table does not list. Allocates only on the first call, which decodes the table's names.</summary>
        /// <param name="alertName">The alert's name as the Real-Time Monitoring Tool shows it.</param>
        public static RestartTarget ForAlert(string? alertName)
        {
            RestartTarget targets = RestartTarget.None;
            for (int i = 0; i < s_rules.Length; i++)
            {
                string alert = s_rules[i].AlertName;
                if (alert.Length > 0 && ImpHaText.Matches(alertName, alert))
                {
                    targets |= s_rules[i].Restart;
                }
            }

            return targets;
        }

        /// <summary>What must be restarted after editing a service parameter, e.g. ("Cisco SIP Proxy", "HTTP Port"), names matched as Cisco prints them, ignoring case and surrounding white space; a parameter the table does not list by name falls under its service's blanket rule where Cisco gives one (any Cisco XCP Router parameter restarts the Cisco XCP Router); otherwise <see cref="RestartTarget.None"/>. Allocates only on the first call, which decodes the table's names.</summary>
        /// <param name="service">The service, e.g. "Cisco SIP Proxy" (AXL's <c>service</c>).</param>
        /// <param name="parameterName">The parameter as the administration page labels it.</param>
        public static RestartTarget ForServiceParameter(string? service, string? parameterName)
        {
            RestartTarget named = RestartTarget.None;
            RestartTarget blanket = RestartTarget.None;
            for (int i = 0; i < s_rules.Length; i++)
            {
                RestartRule rule = s_rules[i];
                string parameter = rule.ParameterName;
                if (parameter.Length == 0 || !ImpHaText.Matches(service, rule.ServiceName))
                {
                    continue;
                }

                if (rule.AppliesToAnyParameter)
                {
                    blanket |= rule.Restart;
                }
                else if (ImpHaText.Matches(parameterName, parameter))
                {
                    named |= rule.Restart;
                }
            }

            return named == RestartTarget.None && parameterName != null && parameterName.Trim().Length > 0 ? blanket : named;
        }

        internal static string Text(int id) => s_texts.Get(id);

        private static RestartRule[] ReadRules(int count)
        {
            var rules = new RestartRule[count];
            int position = 0;
            for (int i = 0; i < rules.Length; i++)
            {
                rules[i] = new RestartRule((ConfigurationChange)i, s_data, ref position);
            }

            return rules;
        }
    }

    /// <summary>One row of Cisco's "Configurations that Require a Restart" table.</summary>
    sealed partial class RestartRule
    {
        private readonly ConfigurationChange _change;
        private readonly RestartTarget _restart;
        private readonly RestartTarget _automatic;
        private readonly RestartKind _kind;
        private readonly RestartWhere _where;
        private readonly RestartCause _cause;
        private readonly global::System.Collections.Generic.IReadOnlyList<ConfigurationChange> _sameChange;
        private readonly int _setting;
        private readonly int _menuPath;
        private readonly int _trigger;
        private readonly int _alertName;
        private readonly int _serviceName;
        private readonly int _parameterName;
        private readonly int _printedRestart;
        private readonly int _interpretation;

        /// <summary>Reads the rule's row from the table's data: text ids, then targets, kind, where, cause and the same-change rows, as varints.</summary>
        internal RestartRule(ConfigurationChange change, byte[] data, ref int position)
        {
            _change = change;
            _setting = ImpHaPackedText.Read(data, ref position);
            _menuPath = ImpHaPackedText.Read(data, ref position);
            _trigger = ImpHaPackedText.Read(data, ref position);
            _alertName = ImpHaPackedText.Read(data, ref position);
            _serviceName = ImpHaPackedText.Read(data, ref position);
            _parameterName = ImpHaPackedText.Read(data, ref position);
            _printedRestart = ImpHaPackedText.Read(data, ref position);
            _interpretation = ImpHaPackedText.Read(data, ref position);
            _restart = (RestartTarget)ImpHaPackedText.Read(data, ref position);
            _automatic = (RestartTarget)ImpHaPackedText.Read(data, ref position);
            _kind = (RestartKind)ImpHaPackedText.Read(data, ref position);
            _where = (RestartWhere)ImpHaPackedText.Read(data, ref position);
            _cause = (RestartCause)ImpHaPackedText.Read(data, ref position);
            var sameChange = new ConfigurationChange[ImpHaPackedText.Read(data, ref position)];
            for (int i = 0; i < sameChange.Length; i++)
            {
                sameChange[i] = (ConfigurationChange)ImpHaPackedText.Read(data, ref position);
            }

            _sameChange = new global::System.Collections.ObjectModel.ReadOnlyCollection<ConfigurationChange>(sameChange);
        }

        /// <summary>The change this rule is about.</summary>
        public ConfigurationChange Change => _change;

        /// <summary>The configuration area, e.g. "Proxy Configuration".</summary>
        public string Setting => RestartRules.Text(_setting);

        /// <summary>Where it is set in the administration interface, e.g. "Presence &gt; Routing &gt; Settings"; empty where the document gives none.</summary>
        public string MenuPath => RestartRules.Text(_menuPath);

        /// <summary>What triggers the restart, e.g. "Any edit to the Proxy Configuration".</summary>
        public string Trigger => RestartRules.Text(_trigger);

        /// <summary>What you must (or, for conditional rules, may need to) restart.</summary>
        public RestartTarget Restart => _restart;

        /// <summary>What restarts by itself after the change.</summary>
        public RestartTarget Automatic => _automatic;

        /// <summary>Required, conditional, or recommended after an alert.</summary>
        public RestartKind Kind => _kind;

        /// <summary>True when the document says the restart may be needed rather than that it is.</summary>
        public bool IsConditional => Kind == RestartKind.Conditional;

        /// <summary>The alert that triggers the recommendation; empty for other rules.</summary>
        public string AlertName => RestartRules.Text(_alertName);

        /// <summary>The service whose parameter this rule is about, e.g. "Cisco SIP Proxy"; empty for other rules.</summary>
        public string ServiceName => RestartRules.Text(_serviceName);

        /// <summary>The service parameter this rule is about, e.g. "HTTP Port"; empty for other rules.</summary>
        public string ParameterName => RestartRules.Text(_parameterName);

        /// <summary>The "Restart this Service" cell as Cisco prints it.</summary>
        public string PrintedRestart => RestartRules.Text(_printedRestart);

        /// <summary>On which nodes the restart happens: every node, or the node where the change was made (or that raised the alert).</summary>
        public RestartWhere Where => _where;

        /// <summary>A configuration change, an alert, or a run-time condition.</summary>
        public RestartCause Cause => _cause;

        /// <summary>Required, recommended (after an alert) or conditional, from <see cref="Kind"/>.</summary>
        public RestartNecessity Necessity => Kind == RestartKind.Required ? RestartNecessity.Required : Kind == RestartKind.Conditional ? RestartNecessity.Conditional : RestartNecessity.Recommended;

        /// <summary>Where ImpHa reads more into the rule than Cisco's words (the nodes, the service behind "the associated chat server"), what it reads; empty where the rule is Cisco's word alone.</summary>
        public string Interpretation => RestartRules.Text(_interpretation);

        /// <summary>The other rows of the table about the same change: the document lists some changes twice, a few with other restarts. The planners restart what any of them requires; empty for most rules.</summary>
        public global::System.Collections.Generic.IReadOnlyList<ConfigurationChange> SameChange => _sameChange;

        /// <summary>The setting and trigger.</summary>
        public override string ToString() => Setting + ": " + Trigger;
    }

    sealed partial class RestartPlan
    {
        private readonly RestartTarget _targets;
        private readonly global::System.Collections.Generic.IReadOnlyList<string> _commands;
        private readonly RestartTarget _recommendedTargets;
        private readonly global::System.Collections.Generic.IReadOnlyList<string> _recommendedCommands;
        private readonly RestartTarget _conditionalTargets;
        private readonly global::System.Collections.Generic.IReadOnlyList<string> _conditionalCommands;
        private readonly RestartTarget _automaticTargets;

        internal RestartPlan(RestartTarget targets, RestartTarget recommendedTargets, RestartTarget conditionalTargets, RestartTarget automaticTargets)
        {
            _targets = targets;
            _recommendedTargets = recommendedTargets;
            _conditionalTargets = conditionalTargets;
            _automaticTargets = automaticTargets;
            _commands = RestartPlanner.CommandsFor(targets);
            _recommendedCommands = RestartPlanner.CommandsFor(recommendedTargets);
            _conditionalCommands = RestartPlanner.CommandsFor(conditionalTargets);
        }

        /// <summary>What must be restarted (required rules). A restart of every node replaces the service restarts; a node restart does not, because it restarts one node while services may need a restart on others.</summary>
        public RestartTarget Targets => _targets;

        /// <summary>CLI commands for <see cref="Targets"/>, each once, e.g. "utils service restart Cisco XCP Router"; run on each affected node.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Commands => _commands;

        /// <summary>What Cisco recommends restarting after the alerts given, less what <see cref="Targets"/> already restarts.</summary>
        public RestartTarget RecommendedTargets => _recommendedTargets;

        /// <summary>CLI commands for <see cref="RecommendedTargets"/>.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> RecommendedCommands => _recommendedCommands;

        /// <summary>What may need a restart (conditional rules), less what <see cref="Targets"/> and <see cref="RecommendedTargets"/> already restart.</summary>
        public RestartTarget ConditionalTargets => _conditionalTargets;

        /// <summary>CLI commands for <see cref="ConditionalTargets"/>.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> ConditionalCommands => _conditionalCommands;

        /// <summary>What restarts by itself after the changes: no command needed, but expect the outage.</summary>
        public RestartTarget AutomaticTargets => _automaticTargets;

        /// <summary>True when the changes need no restart at all.</summary>
        public bool IsEmpty => Targets == RestartTarget.None && RecommendedTargets == RestartTarget.None && ConditionalTargets == RestartTarget.None && AutomaticTargets == RestartTarget.None;
    }

    static partial class RestartPlanner
    {
        /// <summary>Plans the restarts for the given rules: each service once, required, recommended, conditional and automatic restarts kept apart; a restart of every node covers the service restarts. Where the document lists a change again (<see cref="RestartRule.SameChange"/>), what either row requires.</summary>
        /// <param name="rules">The rules of the changes made and alerts raised.</param>
        public static RestartPlan Plan(global::System.Collections.Generic.IEnumerable<RestartRule> rules)
        {
            if (rules == null)
            {
                throw new global::System.ArgumentNullException(nameof(rules));
            }

            RestartTarget required = RestartTarget.None;
            RestartTarget recommended = RestartTarget.None;
            RestartTarget conditional = RestartTarget.None;
            RestartTarget automatic = RestartTarget.None;
            foreach (RestartRule rule in rules)
            {
                if (rule == null)
                {
                    continue;
                }

                Collect(rule, ref required, ref recommended, ref conditional, ref automatic);
                foreach (ConfigurationChange other in rule.SameChange)
                {
                    Collect(RestartRules.Get(other), ref required, ref recommended, ref conditional, ref automatic);
                }
            }

            required = Simplify(required);
            recommended = Covered(required, recommended);
            conditional = Covered(required | recommended, conditional);
            return new RestartPlan(required, recommended, conditional, automatic);
        }

        /// <summary>Plans the restarts for the given configuration changes.</summary>
        /// <param name="changes">The changes made.</param>
        public static RestartPlan Plan(params ConfigurationChange[] changes)
        {
            if (changes == null)
            {
                throw new global::System.ArgumentNullException(nameof(changes));
            }

            var rules = new RestartRule[changes.Length];
            for (int i = 0; i < changes.Length; i++)
            {
                rules[i] = RestartRules.Get(changes[i]);
            }

            return Plan(rules);
        }

        private static void Collect(RestartRule rule, ref RestartTarget required, ref RestartTarget recommended, ref RestartTarget conditional, ref RestartTarget automatic)
        {
            switch (rule.Necessity)
            {
                case RestartNecessity.Required:
                    required |= rule.Restart;
                    break;
                case RestartNecessity.Recommended:
                    recommended |= rule.Restart;
                    break;
                default:
                    conditional |= rule.Restart;
                    break;
            }

            automatic |= rule.Automatic;
        }
    }
}
