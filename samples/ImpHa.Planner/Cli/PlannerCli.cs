using System.CommandLine;
using ImpHa.Core.Validate;
using ImpHa.Planner.Charts;
using ImpHa.Planner.Limits;
using ImpHa.Planner.Lint;
using ImpHa.Planner.Output;
using ImpHa.Planner.Restarts;
using ImpHa.Planner.Tables;

namespace ImpHa.Planner.Cli;

/// <summary>
/// impha's commands. The HA limits are the default command, so `impha --profile 5000 …` and `impha limits --profile 5000 …`
/// are the same; restart options given there add the restart plan.
/// </summary>
internal static class PlannerCli
{
    public const int Ok = 0;
    public const int FindingsAreErrors = 1;
    public const int UsageError = 2;

    private const string TableCommandName = "table";

    /// <summary>The command that lists every configuration change and its restart, as a hint names it.</summary>
    public static string RestartTableCommand => $"{RootCommand.ExecutableName} {TableCommandName} {TableData.RestartsName}";

    public static RootCommand Create(TextWriter output, TextWriter errors)
    {
        var root = new RootCommand($"{RootCommand.ExecutableName}: Cisco IM and Presence High Availability re-login limits (the default command), restart plans, Cisco's tables and their lint.");
        ConfigureLimits(root, output, errors, withListChanges: true);
        var limits = new Command("limits", "Client Re-Login Lower and Upper Limit for a profile, deployment and the nodes' users (the default command); Cisco's Example 1 without options.");
        ConfigureLimits(limits, output, errors, withListChanges: false);
        root.Subcommands.Add(limits);
        root.Subcommands.Add(Restarts(output, errors));
        root.Subcommands.Add(Table(output));
        root.Subcommands.Add(LintCommand(output));
        return root;
    }

    private static void ConfigureLimits(Command command, TextWriter output, TextWriter errors, bool withListChanges)
    {
        var example = PlannerRequest.Example1;
        var profile = PlannerOptions.Profile($"hardware profile: {PlannerOptions.ProfileList} (or {example.Profile}) [default: {(int)example.Profile}]");
        var deployment = PlannerOptions.Deployment($"{string.Join(" or ", Names.DeploymentOptions)} [default: {Names.DeploymentOption(example.Deployment)}]");
        var nodeUsers = PlannerOptions.NodeUsers();
        var delay = PlannerOptions.CriticalDelay();
        var axlNames = PlannerOptions.AxlNames();
        var restart = new RestartOptions();
        var format = PlannerOptions.Format(OutputFormat.Text, OutputFormat.Json);
        var chart = new Option<FileInfo?>("--chart") { Description = "also write an SVG chart of the upper limit against active users to FILE", HelpName = "FILE.svg" };
        var listChanges = new Option<bool>("--list-changes") { Description = $"print every configuration change name and its restart (also: {RestartTableCommand})" };
        foreach (var option in new Option[] { profile, deployment, nodeUsers, delay, axlNames, restart.Nodes, restart.Changes, restart.Alerts, format, chart })
        {
            command.Options.Add(option);
        }

        if (withListChanges)
        {
            command.Options.Add(listChanges);
        }

        command.SetAction(parse =>
        {
            if (withListChanges && parse.GetValue(listChanges))
            {
                foreach (var rule in RestartRules.All)
                {
                    output.WriteLine($"{rule.Change,-55} {rule.Restart}");
                }

                return Ok;
            }

            var users = parse.GetValue(nodeUsers);
            var request = new PlannerRequest(
                parse.GetValue(profile) ?? example.Profile,
                parse.GetValue(deployment) ?? example.Deployment,
                users is { Length: 2 } ? users[0] : example.FirstNodeUsers,
                users is { Length: 2 } ? users[1] : example.SecondNodeUsers,
                parse.GetValue(delay));
            if (!LimitsAnswer.TryCompute(request, out var answer, out var error))
            {
                return Fail(errors, error);
            }

            if (!restart.TryRead(parse, out var restarts, out var restartError))
            {
                return Fail(errors, restartError);
            }

            if (parse.GetValue(chart) is FileInfo file)
            {
                using var stream = File.Create(file.FullName);
                UpperLimitChart.WriteSvg(answer, stream);
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                PlannerJson.Write(PlannerJson.Limits(answer, parse.GetValue(axlNames), restarts), output);
                return Ok;
            }

            var terminal = Terminal.ForOutput();
            LimitsText.Write(answer, parse.GetValue(axlNames), output, terminal);
            if (!restarts.IsEmpty)
            {
                output.WriteLine();
                RestartText.Write(restarts, output, terminal);
            }

            return Ok;
        });
    }

    private static Command Restarts(TextWriter output, TextWriter errors)
    {
        var command = new Command("restarts", "What to restart, node by node, after configuration changes and alerts, with Cisco's words and how necessary each step is.");
        var restart = new RestartOptions();
        var format = PlannerOptions.Format(OutputFormat.Text, OutputFormat.Json);
        foreach (var option in new Option[] { restart.Nodes, restart.Changes, restart.Alerts, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (!restart.TryRead(parse, out var request, out var error))
            {
                return Fail(errors, error);
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                PlannerJson.Write(PlannerJson.Restarts(request), output);
            }
            else
            {
                RestartText.Write(request, output, Terminal.ForOutput());
            }

            return Ok;
        });
        return command;
    }

    private static Command Table(TextWriter output)
    {
        var command = new Command(TableCommandName, "Print one of ImpHa's tables as the generated code holds it.");
        var name = new Argument<string>("TABLE") { Description = string.Join(", ", TableData.Names) };
        name.AcceptOnlyFromAmong([.. TableData.Names]);
        var profile = PlannerOptions.Profile("login table: only this hardware profile");
        var deployment = PlannerOptions.Deployment("login table: only this deployment");
        var format = PlannerOptions.Format(OutputFormat.Text, OutputFormat.Csv, OutputFormat.Json);
        command.Arguments.Add(name);
        command.Options.Add(profile);
        command.Options.Add(deployment);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var table = parse.GetValue(name) switch
            {
                "login" => TableData.Login(parse.GetValue(profile), parse.GetValue(deployment)),
                "hardware" => TableData.Hardware(),
                TableData.RestartsName => TableData.Restarts(),
                _ => TableData.Xmpp(),
            };
            TableWriter.Write(table, parse.GetValue(format), output);
            return Ok;
        });
        return command;
    }

    private static Command LintCommand(TextWriter output)
    {
        var command = new Command("lint", "Check the four CSV tables as the build would (IMPHA1xx), including where Cisco's own tables disagree with themselves (IMPHA109); exit code 1 when a table has errors.");
        var data = new Option<DirectoryInfo?>("--data") { Description = $"folder with {TableFileNames.HardwareProfiles}, {TableFileNames.LoginProfiles}, {TableFileNames.RestartRules} and {TableFileNames.XmppStandards} [default: the tables this tool was built from]", HelpName = "DIR" };
        var format = PlannerOptions.Format(OutputFormat.Text, OutputFormat.Json);
        command.Options.Add(data);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(data)?.FullName ?? DataLint.ShippedDataDirectory;
            var findings = DataLint.Run(directory);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                PlannerJson.Write(new LintDocument(PlannerJson.Format, "lint", directory, findings.ToArray()), output);
            }
            else
            {
                foreach (var finding in findings)
                {
                    output.WriteLine(finding.ToString());
                }

                output.WriteLine($"{findings.Count(f => f.Severity == "error")} errors, {findings.Count(f => f.Severity == "warning")} warnings, {findings.Count(f => f.Severity == "info")} findings in {directory}");
            }

            return findings.Any(f => f.Severity == "error") ? FindingsAreErrors : Ok;
        });
        return command;
    }

    private static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine(Terminal.ForErrors().Error($"error: {message}"));
        return UsageError;
    }

    /// <summary>The restart options, made once per command that takes them.</summary>
    private sealed class RestartOptions
    {
        public Option<string[]> Nodes { get; } = PlannerOptions.Nodes();

        public Option<(ConfigurationChange Change, string? Node)[]> Changes { get; } = PlannerOptions.Changes();

        public Option<(string Alert, string? Node)[]> Alerts { get; } = PlannerOptions.Alerts();

        /// <summary>The request, or the one-line error that names the fix (a node not in --nodes, a restart on the wrong node).</summary>
        public bool TryRead(ParseResult parse, out RestartRequest request, out string error)
            => RestartRequest.TryCreate(parse.GetValue(Nodes) ?? [], parse.GetValue(Changes) ?? [], parse.GetValue(Alerts) ?? [], out request, out error);
    }
}

internal sealed record LintDocument(string Format, string Command, string DataDirectory, LintFinding[] Findings);
