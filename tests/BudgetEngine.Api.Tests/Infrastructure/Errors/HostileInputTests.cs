using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace BudgetEngine.Api.Tests.Infrastructure.Errors;

/// <summary>
/// No input takes the service down or corrupts what is stored: every case of the corpus answers its 4xx as
/// application/problem+json naming the field, the stored data is byte-identical before and after, and /health still answers.
/// </summary>
public sealed class HostileInputTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    public static TheoryData<string> Cases() => new(HostileCorpus.All.Select(c => c.Name));

    [Fact]
    public void The_corpus_holds_at_least_sixty_distinct_cases()
    {
        HostileCorpus.All.Should().HaveCountGreaterThanOrEqualTo(60);
        HostileCorpus.All.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        HostileCorpus.All.Should().AllSatisfy(c => c.Status.Should().BeInRange(400, 499));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_with_a_problem_and_changes_nothing(string name)
    {
        var hostile = HostileCorpus.All.Single(c => c.Name == name);
        var before = fixture.Stored();

        using var response = await fixture.Client(hostile.As).SendAsync(fixture.Request(hostile));

        var problem = await response.ShouldBeProblem(hostile.Status);
        if (hostile.Field is not null)
        {
            problem["errors"].Should().NotBeNull($"the problem names {hostile.Field}: {problem.ToJsonString()}");
            problem["errors"]![hostile.Field].Should().NotBeNull($"the problem names {hostile.Field}: {problem.ToJsonString()}");
        }
        fixture.Stored().Should().Be(before, "a refused request stores nothing");
        (await fixture.Client("anonymous").GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

/// <summary>One application for the corpus, with one scenario of Regio Eigen ({own}) and a finance officer of Regio Eigen.</summary>
public sealed class HostileFixture : IAsyncLifetime
{
    private readonly BudgetEngineApplication _app = new();
    private readonly Dictionary<string, HttpClient> _clients = [];
    private string _own = "";

    public async Task InitializeAsync()
    {
        _clients["admin"] = _app.CreateAdminClient();
        _clients["anonymous"] = _app.CreateAnonymousClient();
        _clients["finance-officer"] = await _app.CreateClientAsync("finance-officer", Hostile.Organisation);
        _own = (await (await _clients["finance-officer"].Create(Hostile.Valid)).ReadJson())["id"]!.GetValue<string>();
    }

    public HttpClient Client(string who) => _clients[who];

    public HttpRequestMessage Request(HostileCase hostile)
    {
        var request = new HttpRequestMessage(new HttpMethod(hostile.Method), hostile.Path.Replace("{own}", _own, StringComparison.Ordinal));
        if (hostile.Bytes is not null || hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Bytes ?? Encoding.UTF8.GetBytes(hostile.Body!));
            if (hostile.ContentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.ContentType + (hostile.ContentType.StartsWith("text/", StringComparison.Ordinal) ? "; charset=utf-8" : ""));
        }
        foreach (var (header, value) in hostile.Headers) request.Headers.TryAddWithoutValidation(header, value);
        return request;
    }

    /// <summary>Everything stored that a request could change: scenarios, their versions, keys and the audit trail, row by row.</summary>
    public string Stored()
    {
        using var connection = _app.OpenDatabaseAsync().GetAwaiter().GetResult();
        var text = new StringBuilder();
        foreach (var query in new[]
        {
            "SELECT * FROM scenarios ORDER BY id",
            "SELECT * FROM scenario_versions ORDER BY scenario_id, version",
            "SELECT * FROM api_keys ORDER BY id",
            "SELECT * FROM audit_log ORDER BY id",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : reader.GetValue(i).ToString()).Append('|');
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }
}
