using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Infrastructure.Security;

namespace BudgetEngine.Api.Tests;

/// <summary>
/// The API over its own temporary SQLite file (deleted on dispose unless the file was handed in, for restart tests), or,
/// when the tests run against PostgreSQL (<see cref="TestDatabase"/>), over the schema that stands for that file.
/// Samples are off unless a test turns them on. The admin key is <see cref="AdminKey"/> (given as BUDGETENGINE_ADMIN_KEY)
/// and <see cref="CreateAdminClient"/> sends it; a client from <c>CreateClient()</c> carries no key. <see cref="CreateClientAsync"/> makes a client for a
/// role and organisation, <see cref="CreateAnonymousClient"/> one without a key. Logs and what the API prints to the
/// console are captured, so tests can check that no key leaks into them.
/// </summary>
public sealed class BudgetEngineApplication : WebApplicationFactory<Program>
{
    private readonly bool _ownsFile;
    private readonly Dictionary<string, string?> _settings;

    public BudgetEngineApplication(string? databasePath = null, IDictionary<string, string?>? settings = null)
    {
        _ownsFile = databasePath is null;
        DatabasePath = databasePath ?? NewDatabasePath();
        _settings = new Dictionary<string, string?>(TestDatabase.Settings(DatabasePath))
        {
            ["Samples:LoadOnEmptyDatabase"] = "false",
            ["Samples:Path"] = Repository.Samples,
            [AdminKeyBootstrap.Variable] = AdminKey,
            ["RateLimiting:PermitsPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The admin key (organisation "national") that <see cref="CreateAdminClient"/> sends.</summary>
    public const string AdminKey = "be_test-admin-key-0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>The least level <see cref="Logs"/> captures, whatever the configuration says (default Information).</summary>
    public LogLevel CaptureLevel { get; init; } = LogLevel.Information;

    /// <summary>Everything the API logged.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>What the API printed to the console (the generated admin key, when there is one).</summary>
    public StringWriter ConsoleOutput { get; } = new();

    /// <summary>The database file of this application (on PostgreSQL: the name its schema is made from).</summary>
    public string DatabasePath { get; }

    /// <summary>A connection to this application's database, whichever the provider, to look at or change what is stored behind the API's back.</summary>
    public Task<System.Data.Common.DbConnection> OpenDatabaseAsync() =>
        Services.GetRequiredService<BudgetEngine.Api.Infrastructure.Persistence.IConnectionFactory>().OpenConnectionAsync(CancellationToken.None);

    /// <summary>Registrations a test adds after the API's own (an in-memory telemetry exporter, say).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The clock the API reads; tests may make it fail.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>A path for a database file that does not exist yet.</summary>
    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "budgetengine-tests", $"{Guid.NewGuid():N}", "budgetengine.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>(null, CaptureLevel));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Replace(ServiceDescriptor.Singleton(new AdminKeyConsole(TextWriter.Synchronized(ConsoleOutput))));
            TestServices?.Invoke(services);
        });
    }

    /// <summary>A client that sends no Authorization header.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>A client that sends <paramref name="key"/> as its bearer key.</summary>
    public HttpClient CreateClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A new key of <paramref name="organisation"/> with <paramref name="roles"/>, stored as the API stores keys.</summary>
    public async Task<(string Key, string KeyId)> CreateKeyAsync(string organisation, params string[] roles)
    {
        var key = ApiKeySecrets.Generate();
        var stored = await Services.GetRequiredService<ApiKeyStore>().CreateAsync(key, organisation, roles, "test", Actor.System, CancellationToken.None);
        return (key, stored.Id);
    }

    /// <summary>A client whose key has <paramref name="role"/> in <paramref name="organisation"/>.</summary>
    public async Task<HttpClient> CreateClientAsync(string role, string organisation) =>
        CreateClientWithKey((await CreateKeyAsync(organisation, role)).Key);

    /// <summary>
    /// <see cref="CreateClientAsync"/> for a place that cannot wait, such as a test class's constructor (the key is
    /// stored on the thread pool, so no synchronisation context is blocked).
    /// </summary>
    public HttpClient CreateClient(string role, string organisation) =>
        Task.Run(() => CreateClientAsync(role, organisation)).GetAwaiter().GetResult();

    /// <summary>A client that sends the admin key <see cref="AdminKey"/>: for tests about what only admin may do.</summary>
    public HttpClient CreateAdminClient() => CreateClientWithKey(AdminKey);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsFile)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    /// <summary>Deletes a database file, its WAL files and its folder (on PostgreSQL: drops its schema).</summary>
    public static void DeleteDatabase(string path)
    {
        TestDatabase.Drop(path);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
        var folder = Path.GetDirectoryName(path);
        if (folder is not null && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}

/// <summary>Collects every log message (formatted, with its exception) of the application.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();

    /// <summary>The messages so far.</summary>
    public IReadOnlyList<string> Messages => _messages.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _messages);

    public void Dispose() { }

    private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>A fixed clock that can be told to fail, to provoke an unexpected error.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);

    public bool Fail { get; set; }

    public override DateTimeOffset GetUtcNow() =>
        Fail ? throw new InvalidOperationException("The test clock was told to fail. SECRET-INTERNAL-DETAIL") : Now;
}

/// <summary>Small HTTP shorthands that keep the tests about behaviour.</summary>
public static class Http
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadJson(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    /// <summary>A small valid scenario; <paramref name="name"/> and <paramref name="organisation"/> vary it.</summary>
    public static string SmallScenario(string name = "Test scenario", string organisation = "Gemeente Testdorp", decimal projectleider = 20000m) => $$"""
        {
          "organisation": "{{organisation}}",
          "name": "{{name}}",
          "firstYear": 2019,
          "lastYear": 2020,
          "sources": [{ "code": "GHNT", "kind": "ghnt" }],
          "grants": [{ "source": "GHNT", "amount": 75000, "period": { "kind": "calendar-year", "year": 2019 }, "status": "awarded" }],
          "lines": [{ "name": "Projectleider", "amounts": { "2019": {{projectleider.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "2020": 20000 }, "coverage": "GHNT" }]
        }
        """;

    public static async Task<HttpResponseMessage> Create(this HttpClient client, string json)
    {
        var response = await client.PostAsync("/v1/scenarios", Json(json));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response;
    }

    public static HttpRequestMessage WithIfMatch(this HttpRequestMessage request, string? etag)
    {
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    public static Task<HttpResponseMessage> Put(this HttpClient client, string url, string json, string? ifMatch) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(json) }.WithIfMatch(ifMatch));

    public static Task<HttpResponseMessage> Delete(this HttpClient client, string url, string? ifMatch) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url).WithIfMatch(ifMatch));

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("no ETag");

    /// <summary>Asserts an RFC 9457 problem with the status and returns its body.</summary>
    public static async Task<JsonNode> ShouldBeProblem(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", body);
        var problem = JsonNode.Parse(body)!;
        problem["status"]!.GetValue<int>().Should().Be(status);
        problem["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        body.Should().NotContain("   at ", "no stack trace leaves the server");
        body.Should().NotContain("Exception", "no exception leaves the server");
        return problem;
    }

    public static decimal Euros(this JsonNode? node) => node!.GetValue<decimal>();
}
