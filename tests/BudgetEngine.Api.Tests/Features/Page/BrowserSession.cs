using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BudgetEngine.Api.Tests.Features.Page;

/// <summary>
/// Debian's Chromium driven over the DevTools protocol (a WebSocket, no browser download, no driver): a page is loaded,
/// scripts run in it, a file is set on an input, downloads land in a folder and screenshots are taken at a width. The
/// browser and its children are killed when the session ends.
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket = new();
    private int _id;

    private BrowserSession(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The folder downloads land in.</summary>
    public DirectoryInfo Downloads { get; } = Directory.CreateTempSubdirectory("budgetengine-downloads-");

    /// <summary>Starts Chromium headless on <paramref name="url"/> and connects to its page.</summary>
    public static async Task<BrowserSession> OpenAsync(string url, TimeSpan limit)
    {
        var profile = Directory.CreateTempSubdirectory("budgetengine-chromium-");
        var start = new ProcessStartInfo(Chromium.Path ?? throw new InvalidOperationException(Chromium.WhyUnavailable))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", $"--user-data-dir={profile.FullName}",
                     "--remote-debugging-port=0", "--window-size=1400,1000", url,
                 })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var session = new BrowserSession(process, profile);
        using var timeout = new CancellationTokenSource(limit);
        int? port = null;
        while (port is null)
        {
            var line = await process.StandardError.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("chromium ended before it listened");
            if (DevToolsPort().Match(line) is { Success: true } match) port = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list", timeout.Token))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
        await session._socket.ConnectAsync(new Uri(page), timeout.Token);
        await session.SendAsync("Page.enable", new JsonObject());
        await session.SendAsync("Browser.setDownloadBehavior", new JsonObject { ["behavior"] = "allow", ["downloadPath"] = session.Downloads.FullName });
        return session;
    }

    /// <summary>Runs <paramref name="expression"/> in the page (awaiting a promise); its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } exception) throw new InvalidOperationException("The page's script failed: " + exception.ToJsonString());
        return result["result"]?["value"];
    }

    /// <summary>Waits until <paramref name="condition"/> (a script) is true in the page.</summary>
    public async Task WaitForAsync(string condition, TimeSpan limit, string what)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            // The page may be re-rendering (an element gone for a moment): that is "not yet".
            if (await EvaluateAsync($"(() => {{ try {{ return !!({condition}); }} catch {{ return false; }} }})()") is JsonValue value && value.GetValue<bool>()) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"The page did not get there within {limit.TotalSeconds} s: {what}. Status: {await EvaluateAsync("document.getElementById('status').textContent")}");
    }

    /// <summary>Sets <paramref name="file"/> as the chosen file of the input <paramref name="selector"/> names.</summary>
    public async Task SetFileAsync(string selector, string file)
    {
        var document = await SendAsync("DOM.getDocument", new JsonObject());
        var node = await SendAsync("DOM.querySelector", new JsonObject { ["nodeId"] = document["root"]!["nodeId"]!.GetValue<int>(), ["selector"] = selector });
        await SendAsync("DOM.setFileInputFiles", new JsonObject { ["nodeId"] = node["nodeId"]!.GetValue<int>(), ["files"] = new JsonArray(file) });
    }

    /// <summary>The downloaded file whose name ends with <paramref name="suffix"/>, once complete.</summary>
    public async Task<FileInfo> DownloadedAsync(string suffix, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            var done = Downloads.GetFiles().FirstOrDefault(f => f.Name.EndsWith(suffix, StringComparison.Ordinal) && f.Length > 0);
            await Task.Delay(500);
            // Complete when its size holds still and no partial download remains.
            if (done is not null && Downloads.GetFiles().All(f => !f.Name.EndsWith(".crdownload", StringComparison.Ordinal)))
            {
                var size = done.Length;
                done.Refresh();
                if (done.Length == size) return done;
            }
        }
        throw new TimeoutException($"No download ending in {suffix} within {limit.TotalSeconds} s.");
    }

    /// <summary>A screenshot of the whole page laid out <paramref name="width"/> px wide, saved as <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(int width, string path)
    {
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = 1000, ["deviceScaleFactor"] = 1, ["mobile"] = width < 600 });
        await Task.Delay(500);
        var height = (await EvaluateAsync("Math.ceil(document.documentElement.scrollHeight)"))!.GetValue<int>();
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = Math.Min(height, 16000), ["deviceScaleFactor"] = 1, ["mobile"] = width < 600 });
        await Task.Delay(500);
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot["data"]!.GetValue<string>()));
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject parameters)
    {
        var id = ++_id;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, timeout.Token);
                received.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            var reply = JsonNode.Parse(received.ToArray())!.AsObject();
            if (reply["id"]?.GetValue<int>() != id) continue; // an event
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
            return reply["result"]!.AsObject();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { _socket.Dispose(); } catch (WebSocketException) { /* the browser may already be gone */ }
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { _profile.Delete(recursive: true); } catch (IOException) { /* a lock file may linger */ }
        try { Downloads.Delete(recursive: true); } catch (IOException) { /* idem */ }
    }

    [GeneratedRegex(@"DevTools listening on ws://[^:]+:(\d+)/")]
    private static partial Regex DevToolsPort();
}
