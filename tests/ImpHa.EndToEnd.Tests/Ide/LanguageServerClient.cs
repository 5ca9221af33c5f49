using System.Diagnostics;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace ImpHa.EndToEnd.Tests.Ide;

/// <summary>
/// A minimal LSP client over stdio (StreamJsonRpc): what an editor sends to csharp-ls and what it keeps of the
/// diagnostics pushed back. It advertises no pull diagnostics, so the server pushes <c>textDocument/publishDiagnostics</c>.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process _server;
    private readonly JsonRpc _rpc;
    private readonly List<(JToken Published, TimeSpan At)> _published = [];
    private readonly List<(Func<JToken, bool> Match, TaskCompletionSource<JToken> Done)> _waiters = [];
    private readonly System.Text.StringBuilder _log = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private LanguageServerClient(Process server)
    {
        _server = server;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(server.StandardInput.BaseStream, server.StandardOutput.BaseStream, new JsonMessageFormatter()));
        _rpc.AddLocalRpcMethod("textDocument/publishDiagnostics", new Action<JToken>(OnPublished));
        _rpc.AddLocalRpcMethod("window/logMessage", new Action<JToken>(message => Log("log: " + message["message"])));
        _rpc.StartListening();
    }

    /// <summary>The server's stderr and log messages, for a failing test's output.</summary>
    public string Log() { lock (_log) { return _log.ToString(); } }

    public static async Task<LanguageServerClient> StartAsync(string serverPath, string workspace)
    {
        var start = new ProcessStartInfo(serverPath)
        {
            WorkingDirectory = workspace,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        DotnetCli.CleanEnvironment(start);
        var client = new LanguageServerClient(Process.Start(start)!);
        _ = Task.Run(async () =>
        {
            while (await client._server.StandardError.ReadLineAsync() is string line)
            {
                client.Log(line);
            }
        });
        var root = new Uri(Path.TrimEndingDirectorySeparator(workspace) + Path.DirectorySeparatorChar).AbsoluteUri;
        await client._rpc.InvokeWithParameterObjectAsync<JToken>("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = root,
            workspaceFolders = new[] { new { uri = root, name = "consumer" } },
            capabilities = new
            {
                textDocument = new
                {
                    publishDiagnostics = new { versionSupport = true },
                    hover = new { contentFormat = new[] { "markdown", "plaintext" } },
                    completion = new { completionItem = new { documentationFormat = new[] { "markdown", "plaintext" } } },
                },
            },
        });
        await client._rpc.NotifyWithParameterObjectAsync("initialized", new { });
        // csharp-ls runs analyzers only when told to, as an editor's settings would.
        await client._rpc.NotifyWithParameterObjectAsync("workspace/didChangeConfiguration", new { settings = new { csharp = new { analyzersEnabled = true } } });
        return client;
    }

    public TimeSpan Now => _clock.Elapsed;

    public Task OpenAsync(string uri, string text)
        => _rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "csharp", version = 1, text } });

    /// <summary>A full-text change, as an editor that does not send ranges would.</summary>
    public Task ChangeAsync(string uri, int version, string text)
        => _rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    public Task<JToken> HoverAsync(string uri, int line, int character)
        => _rpc.InvokeWithParameterObjectAsync<JToken>("textDocument/hover", new { textDocument = new { uri }, position = new { line, character } });

    public Task<JToken> CompletionAsync(string uri, int line, int character)
        => _rpc.InvokeWithParameterObjectAsync<JToken>("textDocument/completion", new { textDocument = new { uri }, position = new { line, character }, context = new { triggerKind = 2, triggerCharacter = "." } });

    /// <summary>The first diagnostics published for <paramref name="uri"/> (already, or later) that satisfy <paramref name="match"/>.</summary>
    public async Task<(JToken[] Diagnostics, TimeSpan At)> WaitForDiagnosticsAsync(string uri, Func<JToken[], bool> match, TimeSpan since, TimeSpan timeout)
    {
        bool Fits(JToken published) => string.Equals((string?)published["uri"], uri, StringComparison.Ordinal) && match(published["diagnostics"]!.ToArray());
        TaskCompletionSource<JToken> done;
        lock (_published)
        {
            foreach (var (published, at) in _published)
            {
                if (at >= since && Fits(published))
                {
                    return (published["diagnostics"]!.ToArray(), at);
                }
            }

            done = new TaskCompletionSource<JToken>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Fits, done));
        }

        try
        {
            var result = await done.Task.WaitAsync(timeout);
            return (result["diagnostics"]!.ToArray(), Now);
        }
        catch (TimeoutException)
        {
            lock (_published)
            {
                var last = _published.LastOrDefault(p => (string?)p.Published["uri"] == uri).Published;
                throw new TimeoutException($"No matching diagnostics for {uri} within {timeout}; last published: {last}\n--- server log ---\n{Log()}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _rpc.InvokeWithParameterObjectAsync<JToken>("shutdown").WaitAsync(TimeSpan.FromSeconds(10));
            await _rpc.NotifyAsync("exit");
            await _server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is TimeoutException or RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
        }
        finally
        {
            if (!_server.HasExited)
            {
                _server.Kill(entireProcessTree: true);
            }

            _rpc.Dispose();
            _server.Dispose();
        }
    }

    private void OnPublished(JToken published)
    {
        lock (_published)
        {
            _published.Add((published, Now));
            foreach (var waiter in _waiters.Where(w => w.Match(published)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(published);
            }
        }
    }

    private void Log(string line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
