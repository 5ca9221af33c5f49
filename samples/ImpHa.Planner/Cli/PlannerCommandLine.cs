using System.CommandLine;

namespace ImpHa.Planner.Cli;

/// <summary>Parses and runs; every command-line mistake is one line on standard error that names the fix, with exit code 2.</summary>
internal static class PlannerCommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var root = PlannerCli.Create(output, errors);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            errors.WriteLine(Terminal.ForErrors().Error($"error: {Describe(parse)}"));
            return PlannerCli.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = errors });
    }

    private static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var help = command is RootCommand ? $"{RootCommand.ExecutableName} --help" : $"{RootCommand.ExecutableName} {command.Name} --help";
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            var known = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
                .Concat(command.Subcommands.Select(c => c.Name))
                .Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive).SelectMany(o => o.Aliases.Prepend(o.Name)));
            var kind = token.StartsWith('-') ? "option" : "command or argument";
            return $"unknown {kind} '{token}'{Suggest.DidYouMean(token, known)}; see {help}";
        }

        var message = parse.Errors[0].Message.TrimEnd('.');
        return message.Contains("; ", StringComparison.Ordinal) ? message : $"{message}; see {help}";
    }
}
