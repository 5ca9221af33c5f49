using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ImpHa.Planner.Output;

namespace ImpHa.Planner.Cli;

/// <summary>The options, each with a parser whose error says what to write instead, and completions for its values.</summary>
internal static class PlannerOptions
{
    public static Option<HardwareProfile?> Profile(string description) => new("--profile")
    {
        Description = description,
        HelpName = "N",
        CustomParser = r => Parse<HardwareProfile>(r, HardwareProfiles.TryParse, t => $"unknown profile '{t}'; use one of {ProfileList}"),
        CompletionSources = { HardwareProfiles.All.Select(p => ((int)p).ToString(CultureInfo.InvariantCulture)).ToArray() },
    };

    public static Option<HaDeployment?> Deployment(string description) => new("--deployment")
    {
        Description = description,
        HelpName = "D",
        CustomParser = r => Parse<HaDeployment>(r, Names.TryParseDeployment, t => $"unknown deployment '{t}'; use {string.Join(" or ", Names.DeploymentOptions)}"),
        CompletionSources = { Names.DeploymentOptions.ToArray() },
    };

    public static Option<int[]?> NodeUsers() => new("--node-users")
    {
        Description = "active users on the two nodes of the presence redundancy group, e.g. 2000,1000",
        HelpName = "A,B",
        CustomParser = r => Parse<int[]>(r, TryParseUsers, t => $"'{t}' is not two user counts; write the active users of both nodes as A,B with whole numbers of 0 or more, e.g. 2000,1000"),
    };

    public static Option<int?> CriticalDelay() => new("--critical-delay")
    {
        Description = "the cluster's Critical Service Down Delay in seconds (Cisco's tables assume 120, its stated default is 90)",
        HelpName = "S",
        CustomParser = r => Parse<int>(r, (string t, out int s) => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out s) && s >= 1, t => $"'{t}' is not a Critical Service Down Delay; give whole seconds of 1 or more, e.g. 120"),
    };

    public static Option<Limits.AxlNames?> AxlNames() => new("--axl-names")
    {
        Description = "the internal names AXL updateServiceParameter takes for the two limits on your cluster (Cisco does not publish them; find them with listServiceParameter or in the processconfig table), e.g. lower=NAME,upper=NAME",
        HelpName = "lower=NAME,upper=NAME",
        CustomParser = r => Parse<Limits.AxlNames>(r, Limits.AxlNames.TryParse, t => $"'{t}' does not name both limits; write --axl-names lower=NAME,upper=NAME with the internal names listServiceParameter shows on your cluster"),
    };

    public static Option<string[]> Nodes() => new("--nodes")
    {
        Description = "the cluster's IM and Presence nodes, publisher first, e.g. imp1a,imp1b",
        HelpName = "A,B,...",
        DefaultValueFactory = _ => [],
        CustomParser = r => Parse<string[]>(r, (string t, out string[] nodes) => (nodes = t.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).ToArray()).Length > 0, t => $"'{t}' names no node; write the cluster's IM and Presence nodes as A,B, e.g. imp1a,imp1b"),
    };

    public static Option<(ConfigurationChange Change, string? Node)[]> Changes() => AtNode<ConfigurationChange>(
        "--change",
        "a configuration change made (repeatable), e.g. EditProxyConfiguration or ChangePublisherWhileSubscriberOffline@imp1b; @NODE (one of --nodes) names the node where it was made, needed where the restart is that node's (the edited node, the subscriber, the node being removed) and --nodes leaves a choice",
        Enum.GetNames<ConfigurationChange>(),
        TryParseChange,
        name => $"unknown configuration change '{name}'{Suggest.DidYouMean(name, Enum.GetNames<ConfigurationChange>())}; run '{PlannerCli.RestartTableCommand}' to see the names");

    public static Option<(string Alert, string? Node)[]> Alerts() => AtNode<string>(
        "--alert",
        "an alert raised (repeatable), e.g. PEIDSQueryError@imp1b; @NODE (one of --nodes) names the node that raised it",
        AlertNames,
        (string name, out string alert) => RestartRules.ForAlert(alert = name) != RestartTarget.None,
        name => $"alert '{name}' is not in Cisco's restart table{Suggest.DidYouMean(name, AlertNames)}; known alerts: {string.Join(", ", AlertNames)}");

    public static Option<OutputFormat> Format(params OutputFormat[] allowed) => new("--format")
    {
        Description = $"output format: {string.Join(", ", allowed.Select(f => Names.Kebab(f)))} [default: text]",
        HelpName = "FORMAT",
        CustomParser = r => Parse(r, FormatAmong(allowed), t => $"unknown format '{t}'; use {string.Join(" or ", allowed.Select(f => Names.Kebab(f)))}"),
        CompletionSources = { allowed.Select(f => Names.Kebab(f)).ToArray() },
    };

    public static readonly string[] AlertNames = RestartRules.All.Where(r => r.AlertName.Length > 0).Select(r => r.AlertName).Distinct().ToArray();

    /// <summary>The hardware profiles as --profile takes them: "500, 1000, …".</summary>
    public static string ProfileList => string.Join(", ", HardwareProfiles.All.Select(p => ((int)p).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Enum names only: "3" or "EditProxyConfiguration, EditXmpp" are not one change.</summary>
    private static bool TryParseChange(string name, out ConfigurationChange change)
    {
        change = default;
        return name.Length > 0 && char.IsLetter(name[0]) && !name.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse(name, ignoreCase: true, out change) && Enum.IsDefined(change);
    }

    /// <summary>"NAME@NODE" into its parts; no node when there is no '@'.</summary>
    private static (string Name, string? Node) SplitNode(string value)
    {
        var at = value.LastIndexOf('@');
        return at < 0 ? (value.Trim(), null) : (value[..at].Trim(), value[(at + 1)..].Trim() is { Length: > 0 } node ? node : null);
    }

    private static bool TryParseUsers(string text, out int[] users)
    {
        var parts = text.Split(',');
        var ok = parts.Length == 2
            & int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            & int.TryParse(parts.Length > 1 ? parts[1].Trim() : string.Empty, NumberStyles.None, CultureInfo.InvariantCulture, out var second);
        users = [first, second];
        return ok;
    }

    /// <summary>Reads the option's value; a value it cannot read is an error saying what to write instead.</summary>
    private static T? Parse<T>(ArgumentResult result, TryParse<T> parse, Func<string, string> error)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (parse(text, out var value))
        {
            return value;
        }

        result.AddError(error(text));
        return default;
    }

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>A repeatable NAME[@NODE] option: each value read by <paramref name="parse"/>, the node split off.</summary>
    private static Option<(T Value, string? Node)[]> AtNode<T>(string option, string description, string[] names, TryParse<T> parse, Func<string, string> error) => new(option)
    {
        Description = description,
        HelpName = "NAME[@NODE]",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
        CustomParser = r => r.Tokens.Select(token =>
        {
            var (name, node) = SplitNode(token.Value);
            if (!parse(name, out var value))
            {
                r.AddError(error(name));
            }

            return (value, node);
        }).ToArray(),
        CompletionSources = { names },
    };

    private static TryParse<OutputFormat> FormatAmong(OutputFormat[] allowed) => (string text, out OutputFormat format) =>
    {
        format = allowed.FirstOrDefault(f => string.Equals(Names.Kebab(f), text.Trim(), StringComparison.OrdinalIgnoreCase));
        return allowed.Contains(format) && string.Equals(Names.Kebab(format), text.Trim(), StringComparison.OrdinalIgnoreCase);
    };
}
