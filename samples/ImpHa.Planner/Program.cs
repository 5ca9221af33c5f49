using ImpHa.Planner;

if (args.Length == 1 && args[0] is "--help" or "-h")
{
    Console.WriteLine(PlannerRequest.Usage);
    return 0;
}

if (args.Length == 1 && args[0] == "--list-changes")
{
    foreach (var rule in ImpHa.RestartRules.All)
    {
        Console.WriteLine($"{rule.Change,-55} {rule.Restart}");
    }

    return 0;
}

if (!PlannerRequest.TryParse(args, out var request, out var error) || !PlannerReport.TryWrite(request, Console.Out, out error))
{
    Console.Error.WriteLine($"error: {error}");
    return 2;
}

return 0;
