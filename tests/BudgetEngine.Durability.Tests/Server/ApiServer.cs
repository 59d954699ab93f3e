using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using BudgetEngine.TestSupport;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>
/// The built API (src/BudgetEngine.Api/bin/&lt;configuration&gt;/net10.0/BudgetEngine.Api.dll) running as a separate
/// process on a free loopback port over a given SQLite file (on PostgreSQL: the schema that stands for it, see
/// <see cref="BudgetEngine.TestSupport.TestDatabase"/>). <see cref="Kill"/> sends SIGKILL; Dispose always kills it,
/// so no server outlives its test. Its output is drained continuously (a full pipe would stall the server) and the
/// last lines are kept for failure messages.
/// </summary>
public sealed class ApiServer : IDisposable
{
    /// <summary>The admin key every test server is started with; every request carries it as a Bearer token.</summary>
    public static string AdminKey { get; } = "durability-admin-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private const int KeptLogLines = 2000;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private int _logCount;

    private ApiServer(Process process, Uri baseAddress, string databasePath)
    {
        _process = process;
        BaseAddress = baseAddress;
        DatabasePath = databasePath;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = NewClient(baseAddress);
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; }

    /// <summary>The database file the server was started over.</summary>
    public string DatabasePath { get; }

    /// <summary>The server's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>A client for this server with the admin key, a generous connection pool and no retries of its own.</summary>
    public HttpClient Client { get; }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The server's output so far (the last <see cref="KeptLogLines"/> lines).</summary>
    public string Log => string.Join('\n', _log);

    /// <summary>Output lines that contain <paramref name="text"/>.</summary>
    public int CountLogLines(string text) => _log.Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>
    /// Starts the API over <paramref name="databasePath"/> and waits until /health answers 200. A port picked free can be
    /// taken by someone else before the server binds it, so a start that fails is tried again, <paramref name="attempts"/>
    /// times in all; a test that must see how the first start went gives 1.
    /// </summary>
    public static async Task<ApiServer> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null, int attempts = 3)
    {
        Exception? last = null;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var server = Launch(databasePath, FreeLoopbackPort(), settings);
            try
            {
                await server.WaitUntilHealthyAsync();
                return server;
            }
            catch (Exception exception)
            {
                last = exception;
                server.Dispose();
            }
        }
        throw new InvalidOperationException("The API did not start.", last);
    }

    /// <summary>
    /// Starts the API over <paramref name="databasePath"/> when it is expected to refuse to start: waits (at most a
    /// minute) for the process to exit and gives its exit code and everything it printed.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        using var server = Launch(databasePath, FreeLoopbackPort(), settings);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await server._process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The API did not exit within a minute:\n{server.Log}");
        }
        server._process.WaitForExit(); // drains the output readers
        return (server._process.ExitCode, server.Log);
    }

    /// <summary>SIGKILL: the process ends at once, mid-request, without any shutdown code.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit(30_000).Should().BeTrue("a killed process ends");
        _process.WaitForExit(); // drains the output readers
    }

    /// <summary>The server's resident set size from /proc/&lt;pid&gt;/status, in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        throw new InvalidOperationException("No VmRSS in /proc/<pid>/status.");
    }

    public void Dispose()
    {
        Client.Dispose();
        ChildProcess.Stop(_process);
    }

    private static ApiServer Launch(string databasePath, int port, IReadOnlyDictionary<string, string>? settings)
    {
        var dll = ApiDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var environment = start.Environment;
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in TestDatabase.Settings(databasePath)) environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        environment["Samples__LoadOnEmptyDatabase"] = "false";
        environment["BUDGETENGINE_ADMIN_KEY"] = AdminKey;
        environment["RateLimiting__PermitsPerMinute"] = "10000000"; // these tests play one integrating system at full speed: the limit itself is tested in Api.Tests
        environment["Logging__Console__FormatterName"] = "simple";
        environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        return new ApiServer(process, new Uri($"http://127.0.0.1:{port}/"), databasePath);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var probe = NewClient(BaseAddress);
        probe.Timeout = TimeSpan.FromSeconds(5);
        for (var attempt = 0; attempt < 600; attempt++) // at most a minute on a loaded machine
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"The API exited with {_process.ExitCode} before it answered:\n{Log}");
            }
            try
            {
                using var response = await probe.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy machine
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The API did not answer /health within a minute:\n{Log}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        if (Interlocked.Increment(ref _logCount) > KeptLogLines && _log.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _logCount);
        }
    }

    private static HttpClient NewClient(Uri baseAddress)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return client;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The API built in the same configuration as these tests (Debug or Release), or the other one if only that exists.</summary>
    public static string ApiDll()
    {
        var configuration = typeof(ApiServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var candidates = new[] { configuration, configuration == "Release" ? "Debug" : "Release" }
            .Select(c => Path.Combine(Repository.Root, "src", "BudgetEngine.Api", "bin", c, "net10.0", "BudgetEngine.Api.dll"))
            .ToArray();
        return candidates.FirstOrDefault(File.Exists)
               ?? throw new FileNotFoundException("Build the API first (dotnet build BudgetEngine.sln).", candidates[0]);
    }
}
