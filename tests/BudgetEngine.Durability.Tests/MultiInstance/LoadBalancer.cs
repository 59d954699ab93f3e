using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.MultiInstance;

/// <summary>
/// nginx (Debian's package; .ci/run installs it with scripts/install-nginx) in front of API instances, run by the test
/// as a foreground process with one worker on a free loopback port: deploy/nginx.conf as scripts/nginx-loopback makes it
/// run there, its files in a temporary folder. Dispose stops it and removes the folder.
/// </summary>
public sealed class LoadBalancer : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private LoadBalancer(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        Folder = folder;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(90) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiServer.AdminKey);
    }

    /// <summary>http://127.0.0.1:port/ of nginx.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The folder with the configuration, the pid, the logs and the temporary files.</summary>
    public string Folder { get; }

    /// <summary>A client of nginx with the admin key.</summary>
    public HttpClient Client { get; }

    /// <summary>What nginx printed and wrote to its error log.</summary>
    public string Log
    {
        get
        {
            var errorLog = Path.Combine(Folder, "error.log");
            var logged = File.Exists(errorLog) ? File.ReadAllText(errorLog) : "";
            return string.Join('\n', _output) + "\n" + (logged.Length > 20_000 ? logged[^20_000..] : logged);
        }
    }

    public static async Task<LoadBalancer> StartAsync(IReadOnlyList<Uri> instances)
    {
        var nginx = Program() ?? throw new InvalidOperationException(
            "The test through the load balancer needs nginx: install it with scripts/install-nginx (Debian's package; .ci/run does).");
        var folder = Path.Combine(Path.GetTempPath(), "budgetengine-nginx", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreeLoopbackPort();
        var (exitCode, said) = await Script.RunAsync("nginx-loopback", ["--workers", "1", folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. instances.Select(i => i.ToString())]);
        if (exitCode != 0) throw new InvalidOperationException($"scripts/nginx-loopback could not make deploy/nginx.conf run on loopback ({exitCode}): {said}");
        var config = Path.Combine(folder, "nginx.conf");

        var start = new ProcessStartInfo(nginx) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", folder + "/", "-c", config, "-g", "daemon off;" }) start.ArgumentList.Add(argument);
        var balancer = new LoadBalancer(Process.Start(start) ?? throw new InvalidOperationException("nginx did not start."), folder, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await balancer.WaitUntilHealthyAsync();
            return balancer;
        }
        catch
        {
            balancer.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        ChildProcess.Stop(_process);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp folder's cleanup
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                using var response = await Client.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"nginx did not answer /health within 30 s:\n{Log}");
    }

    private static string? Program() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Append("/usr/sbin")
            .Select(folder => Path.Combine(folder, "nginx"))
            .FirstOrDefault(File.Exists);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
