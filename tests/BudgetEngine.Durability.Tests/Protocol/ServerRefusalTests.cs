using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.Protocol;

/// <summary>
/// Requests the server refuses before the application sees them (a request line it cannot read, a URL or headers larger
/// than it reads) answer problem+json like every other error, over a real Kestrel server and a raw socket.
/// </summary>
[Trait("Category", "Durability")]
public sealed class ServerRefusalTests : ServerOverTemporaryDatabase
{
    [Fact]
    public async Task A_request_line_the_server_cannot_read_answers_400_problem_json()
    {
        var answer = await Exchange("G@T / HTTP/1.1\r\n\r\n");

        ShouldBeProblem(answer, 400, "request");
    }

    [Fact]
    public async Task A_url_longer_than_the_server_reads_answers_414_problem_json()
    {
        var answer = await Exchange($"GET /v1/scenarios?name={new string('a', 10_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n");

        ShouldBeProblem(answer, 414, "request line");
    }

    [Fact]
    public async Task Headers_larger_than_the_server_reads_answer_431_problem_json()
    {
        var answer = await Exchange($"GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: {new string('a', 40_000)}\r\n\r\n");

        ShouldBeProblem(answer, 431, "headers");
    }

    [Fact]
    public async Task A_request_line_with_an_unknown_http_version_answers_505_problem_json()
    {
        var answer = await Exchange("GET / HTTP/9.9\r\nHost: localhost\r\n\r\n");

        ShouldBeProblem(answer, 505, "request line");
    }

    [Fact]
    public async Task A_refusal_after_an_answered_request_on_the_same_connection_has_a_problem_body_and_the_answer_is_untouched()
    {
        var answer = await Exchange("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\nG@T / HTTP/1.1\r\n\r\n");

        var second = answer.IndexOf("HTTP/1.1 400", StringComparison.Ordinal);
        second.Should().BePositive(answer);
        answer[..second].Should().StartWith("HTTP/1.1 200 OK").And.Contain("\"status\":").And.NotContain("problem+json");
        ShouldBeProblem(answer[second..], 400, "request");
    }

    [Fact]
    public async Task A_refusal_through_http_client_reads_as_problem_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "health");
        request.Headers.TryAddWithoutValidation("X-Padding", new string('a', 40_000));

        using var response = await Server.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(431);
    }

    private async Task<string> Exchange(string request)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, Server.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var answer = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[8192];
        int read;
        // The server closes the connection after a refusal.
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0) answer.Write(buffer, 0, read);
        return Encoding.UTF8.GetString(answer.ToArray());
    }

    private static void ShouldBeProblem(string answer, int status, string field)
    {
        answer.Should().StartWith($"HTTP/1.1 {status} ");
        var end = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = answer[..end].Split("\r\n").Skip(1).Select(h => h.Split(": ", 2)).ToDictionary(h => h[0], h => h[1], StringComparer.OrdinalIgnoreCase);
        headers["Content-Type"].Should().Be("application/problem+json");
        var body = answer[(end + 4)..];
        int.Parse(headers["Content-Length"]).Should().Be(Encoding.UTF8.GetByteCount(body));
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(status);
        problem.RootElement.GetProperty("detail").GetString().Should().NotBeNullOrEmpty();
        problem.RootElement.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue($"the problem names the {field}");
    }
}
