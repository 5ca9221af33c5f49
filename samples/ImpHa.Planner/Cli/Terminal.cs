namespace ImpHa.Planner;

/// <summary>Colour only where it can show: a terminal, not a pipe or file, and not NO_COLOR or TERM=dumb.</summary>
internal sealed class Terminal
{
    private readonly bool _colour;

    private Terminal(bool colour) => _colour = colour;

    public static Terminal Plain { get; } = new(false);

    public static Terminal ForOutput() => new(Supports(Console.IsOutputRedirected));

    public static Terminal ForErrors() => new(Supports(Console.IsErrorRedirected));

    public string Heading(string text) => _colour ? $"\u001b[1m{text}\u001b[0m" : text;

    public string Warning(string text) => _colour ? $"\u001b[33m{text}\u001b[0m" : text;

    public string Error(string text) => _colour ? $"\u001b[31m{text}\u001b[0m" : text;

    private static bool Supports(bool redirected)
        => !redirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
}
