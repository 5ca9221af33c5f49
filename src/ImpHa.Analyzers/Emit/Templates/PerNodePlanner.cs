namespace ImpHa
{
    /// <summary>A configuration change made, or an alert raised, on one node: what <see cref="RestartPlanner.PlanForNodes(global::System.Collections.Generic.IEnumerable{string}, RestartTrigger[])"/> plans from.</summary>
    sealed partial class RestartTrigger
    {
        private readonly RestartRule _rule;
        private readonly string _node;

        /// <summary>A rule that applies on a node.</summary>
        /// <param name="rule">The rule, e.g. <c>RestartRules.Get(ConfigurationChange.EditProxyConfiguration)</c>.</param>
        /// <param name="node">The node where the change was made or that raised the alert, e.g. "imp1b".</param>
        public RestartTrigger(RestartRule rule, string node)
        {
            if (rule == null)
            {
                throw new global::System.ArgumentNullException(nameof(rule));
            }

            if (node == null)
            {
                throw new global::System.ArgumentNullException(nameof(node));
            }

            _rule = rule;
            _node = node;
        }

        /// <summary>A configuration change made on a node.</summary>
        /// <param name="change">The change.</param>
        /// <param name="node">The node where it was made.</param>
        public static RestartTrigger Change(ConfigurationChange change, string node) => new RestartTrigger(RestartRules.Get(change), node);

        /// <summary>The rule that applies.</summary>
        public RestartRule Rule => _rule;

        /// <summary>The node where the change was made or that raised the alert.</summary>
        public string Node => _node;
    }

    /// <summary>One step of a per-node restart plan: restart a service, or the node, on one node.</summary>
    sealed partial class RestartStep
    {
        private readonly string _node;
        private readonly RestartTarget _target;
        private readonly bool _isAutomatic;
        private readonly global::System.Collections.Generic.IReadOnlyList<RestartRule> _rules;
        private readonly global::System.Collections.Generic.IReadOnlyList<RestartRule> _coveredRules;
        private readonly global::System.Collections.Generic.List<RestartRule> _rulesList;
        private readonly global::System.Collections.Generic.List<RestartRule> _coveredList;

        internal RestartStep(string node, RestartTarget target, RestartNecessity necessity, bool isAutomatic, global::System.Collections.Generic.List<RestartRule> rules)
        {
            _node = node;
            _target = target;
            Necessity = necessity;
            _isAutomatic = isAutomatic;
            _rulesList = rules;
            _rules = rules.AsReadOnly();
            _coveredList = new global::System.Collections.Generic.List<RestartRule>();
            _coveredRules = _coveredList.AsReadOnly();
        }

        /// <summary>The node the step is for.</summary>
        public string Node => _node;

        /// <summary>One service flag, or <see cref="RestartTarget.Node"/> for a restart of the node itself.</summary>
        public RestartTarget Target => _target;

        /// <summary>Required, recommended or conditional: the strongest of the rules behind the step.</summary>
        public RestartNecessity Necessity { get; internal set; }

        /// <summary>True when the restart happens by itself when the change is saved: nothing to run, but expect the outage.</summary>
        public bool IsAutomatic => _isAutomatic;

        /// <summary>The IM and Presence CLI command to run on <see cref="Node"/>, e.g. "utils service restart Cisco SIP Proxy".</summary>
        public string Command => RestartPlanner.CommandFor(Target) ?? string.Empty;

        /// <summary>The rules that ask for this step.</summary>
        public global::System.Collections.Generic.IReadOnlyList<RestartRule> Rules => _rules;

        /// <summary>For a node restart: the rules whose service restarts on this node it makes unnecessary.</summary>
        public global::System.Collections.Generic.IReadOnlyList<RestartRule> CoveredRules => _coveredRules;

        internal global::System.Collections.Generic.List<RestartRule> RulesList => _rulesList;

        internal global::System.Collections.Generic.List<RestartRule> CoveredList => _coveredList;

        /// <summary>Cisco's words for the step: the rules' printed restarts, each once, joined by "; ".</summary>
        public string CiscoWording
        {
            get
            {
                var seen = new global::System.Collections.Generic.List<string>();
                foreach (RestartRule rule in RulesList)
                {
                    if (rule.PrintedRestart.Length > 0 && !seen.Contains(rule.PrintedRestart))
                    {
                        seen.Add(rule.PrintedRestart);
                    }
                }

                return string.Join("; ", seen);
            }
        }

        /// <summary>e.g. "imp1b: required: utils service restart Cisco SIP Proxy".</summary>
        public override string ToString()
            => Node + ": " + (IsAutomatic ? "automatic" : Necessity.ToString().ToLowerInvariant()) + ": " + Command;
    }

    /// <summary>The restarts a set of changes needs, node by node, in the order of the nodes given; within a node: automatic restarts, then required, recommended and conditional steps.</summary>
    sealed partial class NodeRestartPlan
    {
        private readonly global::System.Collections.Generic.IReadOnlyList<string> _nodes;
        private readonly global::System.Collections.Generic.IReadOnlyList<RestartStep> _steps;

        internal NodeRestartPlan(global::System.Collections.Generic.List<string> nodes, global::System.Collections.Generic.List<RestartStep> steps)
        {
            _nodes = nodes.AsReadOnly();
            _steps = steps.AsReadOnly();
        }

        /// <summary>The nodes planned for: the cluster's nodes as given, publisher first.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Nodes => _nodes;

        /// <summary>Every step, node by node.</summary>
        public global::System.Collections.Generic.IReadOnlyList<RestartStep> Steps => _steps;

        /// <summary>True when nothing needs a restart.</summary>
        public bool IsEmpty => Steps.Count == 0;

        /// <summary>The steps for one node, in order.</summary>
        /// <param name="node">A node name as given.</param>
        public global::System.Collections.Generic.IReadOnlyList<RestartStep> StepsOn(string node)
        {
            var steps = new global::System.Collections.Generic.List<RestartStep>();
            foreach (RestartStep step in Steps)
            {
                if (string.Equals(step.Node, node, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    steps.Add(step);
                }
            }

            return steps.AsReadOnly();
        }
    }

    static partial class RestartPlanner
    {
        /// <summary>
        /// Plans the restarts per node. A rule for every node applies to each of <paramref name="nodes"/>; a rule for the edited
        /// node or the subscriber applies to the trigger's node only; a rule about a node leaving the cluster applies to every
        /// other node, and the node leaving gets no restart at all; a restart of every node becomes a node restart on each. Where the document
        /// lists a change again (<see cref="RestartRule.SameChange"/>), what either row requires. A node restart covers the
        /// service restarts of that node (of the same or weaker necessity) and nothing on other nodes; an automatic restart
        /// covers nothing, because it happens when its change is saved, possibly before the others. Nothing required is dropped.
        /// </summary>
        /// <param name="nodes">The cluster's IM and Presence nodes, publisher first.</param>
        /// <param name="triggers">The changes made and alerts raised, each with its node, one of <paramref name="nodes"/>.</param>
        /// <exception cref="global::System.ArgumentException">A trigger names a node that is not one of <paramref name="nodes"/>, or puts a subscriber's restart on the publisher (the first of <paramref name="nodes"/>).</exception>
        public static NodeRestartPlan PlanForNodes(global::System.Collections.Generic.IEnumerable<string> nodes, global::System.Collections.Generic.IEnumerable<RestartTrigger> triggers)
        {
            if (nodes == null)
            {
                throw new global::System.ArgumentNullException(nameof(nodes));
            }

            if (triggers == null)
            {
                throw new global::System.ArgumentNullException(nameof(triggers));
            }

            var nodeList = new global::System.Collections.Generic.List<string>();
            var triggerList = new global::System.Collections.Generic.List<RestartTrigger>();
            foreach (string name in nodes)
            {
                AddNode(nodeList, name);
            }

            foreach (RestartTrigger trigger in triggers)
            {
                if (trigger != null)
                {
                    string? problem = NodeProblem(nodeList, trigger, trigger.Rule);
                    if (problem != null)
                    {
                        throw new global::System.ArgumentException(problem, nameof(triggers));
                    }

                    triggerList.Add(trigger);
                }
            }

            var steps = new global::System.Collections.Generic.List<RestartStep>();
            foreach (RestartTrigger trigger in triggerList)
            {
                string node = nodeList[IndexOf(nodeList, trigger.Node)];
                AddRule(steps, nodeList, node, trigger.Rule);
                foreach (ConfigurationChange other in trigger.Rule.SameChange)
                {
                    RestartRule sibling = RestartRules.Get(other);
                    string? problem = NodeProblem(nodeList, trigger, sibling);
                    if (problem != null)
                    {
                        throw new global::System.ArgumentException(problem, nameof(triggers));
                    }

                    AddRule(steps, nodeList, node, sibling);
                }
            }

            var ordered = new global::System.Collections.Generic.List<RestartStep>();
            foreach (string name in nodeList)
            {
                if (!IsLeaving(triggerList, name))
                {
                    AddInOrder(ordered, Cover(steps, name));
                }
            }

            return new NodeRestartPlan(nodeList, ordered);
        }

        /// <summary>Plans the restarts per node; see <see cref="PlanForNodes(global::System.Collections.Generic.IEnumerable{string}, global::System.Collections.Generic.IEnumerable{RestartTrigger})"/>.</summary>
        /// <param name="nodes">The cluster's IM and Presence nodes.</param>
        /// <param name="triggers">The changes made and alerts raised, each with its node.</param>
        public static NodeRestartPlan PlanForNodes(global::System.Collections.Generic.IEnumerable<string> nodes, params RestartTrigger[] triggers)
            => PlanForNodes(nodes, (global::System.Collections.Generic.IEnumerable<RestartTrigger>)triggers);

        private static void AddNode(global::System.Collections.Generic.List<string> nodes, string name)
        {
            if (name == null || name.Trim().Length == 0)
            {
                return;
            }

            foreach (string known in nodes)
            {
                if (string.Equals(known, name, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }

            nodes.Add(name);
        }

        /// <summary>Why the trigger cannot be planned, or null: its node must be one of the cluster's, and a subscriber's restart cannot be the publisher's.</summary>
        private static string? NodeProblem(global::System.Collections.Generic.List<string> nodes, RestartTrigger trigger, RestartRule rule)
        {
            if (IndexOf(nodes, trigger.Node) < 0)
            {
                return "The node '" + trigger.Node + "' of " + trigger.Rule.Change + " is not one of the nodes given (" + string.Join(", ", nodes) + "); add it to the nodes, or name the node where the change was made.";
            }

            if (rule.Where == RestartWhere.Subscriber && IndexOf(nodes, trigger.Node) == 0)
            {
                return trigger.Rule.Change + " restarts the subscriber (Cisco: \"" + rule.PrintedRestart + "\"), but '" + trigger.Node + "' is the publisher, the first of the nodes given; name the subscriber where the change was made.";
            }

            return null;
        }

        /// <summary>True for a node a trigger removes from the cluster: it gets no restart.</summary>
        private static bool IsLeaving(global::System.Collections.Generic.List<RestartTrigger> triggers, string node)
        {
            foreach (RestartTrigger trigger in triggers)
            {
                if (trigger.Rule.Where == RestartWhere.RemainingNodes && string.Equals(trigger.Node, node, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static int IndexOf(global::System.Collections.Generic.List<string> nodes, string name)
        {
            for (int i = 0; i < nodes.Count; i++)
            {
                if (string.Equals(nodes[i], name, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        private static void AddRule(global::System.Collections.Generic.List<RestartStep> steps, global::System.Collections.Generic.List<string> nodes, string node, RestartRule rule)
        {
            AddSteps(steps, nodes, node, rule, rule.Restart, false);
            AddSteps(steps, nodes, node, rule, rule.Automatic, true);
        }

        private static void AddSteps(global::System.Collections.Generic.List<RestartStep> steps, global::System.Collections.Generic.List<string> nodes, string node, RestartRule rule, RestartTarget targets, bool automatic)
        {
            RestartNecessity necessity = automatic ? RestartNecessity.Required : rule.Necessity;
            for (RestartTarget target = (RestartTarget)1; target != 0; target = (RestartTarget)((int)target << 1))
            {
                if ((targets & target) == 0)
                {
                    continue;
                }

                bool everyNode = target == RestartTarget.System || rule.Where == RestartWhere.EveryNode;
                RestartTarget step = target == RestartTarget.System ? RestartTarget.Node : target;
                if (everyNode || rule.Where == RestartWhere.RemainingNodes)
                {
                    foreach (string name in nodes)
                    {
                        if (everyNode || !string.Equals(name, node, global::System.StringComparison.OrdinalIgnoreCase))
                        {
                            Merge(steps, name, step, necessity, automatic, rule);
                        }
                    }
                }
                else
                {
                    Merge(steps, node, step, necessity, automatic, rule);
                }
            }
        }

        private static void Merge(global::System.Collections.Generic.List<RestartStep> steps, string node, RestartTarget target, RestartNecessity necessity, bool automatic, RestartRule rule)
        {
            foreach (RestartStep step in steps)
            {
                if (step.Target == target && step.IsAutomatic == automatic && string.Equals(step.Node, node, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    if (necessity < step.Necessity)
                    {
                        step.Necessity = necessity;
                    }

                    if (!step.RulesList.Contains(rule))
                    {
                        step.RulesList.Add(rule);
                    }

                    return;
                }
            }

            steps.Add(new RestartStep(node, target, necessity, automatic, new global::System.Collections.Generic.List<RestartRule> { rule }));
        }

        /// <summary>The steps of one node, with the service restarts its own node restart covers folded into that restart.</summary>
        private static global::System.Collections.Generic.List<RestartStep> Cover(global::System.Collections.Generic.List<RestartStep> steps, string node)
        {
            var onNode = new global::System.Collections.Generic.List<RestartStep>();
            RestartStep? reboot = null;
            foreach (RestartStep step in steps)
            {
                if (string.Equals(step.Node, node, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    onNode.Add(step);
                    if (!step.IsAutomatic && step.Target == RestartTarget.Node)
                    {
                        reboot = step;
                    }
                }
            }

            if (reboot == null)
            {
                return onNode;
            }

            var kept = new global::System.Collections.Generic.List<RestartStep>();
            foreach (RestartStep step in onNode)
            {
                if (step != reboot && !step.IsAutomatic && step.Necessity >= reboot.Necessity)
                {
                    foreach (RestartRule rule in step.RulesList)
                    {
                        if (!reboot.RulesList.Contains(rule) && !reboot.CoveredList.Contains(rule))
                        {
                            reboot.CoveredList.Add(rule);
                        }
                    }

                    continue;
                }

                kept.Add(step);
            }

            return kept;
        }

        private static void AddInOrder(global::System.Collections.Generic.List<RestartStep> ordered, global::System.Collections.Generic.List<RestartStep> steps)
        {
            foreach (RestartStep step in steps)
            {
                if (step.IsAutomatic)
                {
                    ordered.Add(step);
                }
            }

            for (RestartNecessity necessity = RestartNecessity.Required; necessity <= RestartNecessity.Conditional; necessity++)
            {
                for (RestartTarget target = (RestartTarget)1; target != 0; target = (RestartTarget)((int)target << 1))
                {
                    foreach (RestartStep step in steps)
                    {
                        if (!step.IsAutomatic && step.Necessity == necessity && step.Target == target)
                        {
                            ordered.Add(step);
                        }
                    }
                }
            }
        }
    }
}
