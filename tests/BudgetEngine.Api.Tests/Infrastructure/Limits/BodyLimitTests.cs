using System.Net;
using System.Text;

namespace BudgetEngine.Api.Tests.Infrastructure.Limits;

/// <summary>Limits:MaxBodyBytes holds with or without a Content-Length, and the limits come from configuration.</summary>
public sealed class BodyLimitTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new(settings: new Dictionary<string, string?>
    {
        ["Limits:MaxBodyBytes"] = "2000",
        ["Limits:MaxStringLength"] = "20",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_chunked_body_over_the_limit_answers_413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Http.SmallScenario(name: new string('x', 3000)))));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/scenarios") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _app.CreateClient("finance-officer", "Regio Eigen").SendAsync(request);

        await response.ShouldBeProblem(413);
    }

    [Fact]
    public async Task A_chunked_body_within_the_limit_is_read()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Http.SmallScenario(organisation: "Regio Eigen"))));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/scenarios") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _app.CreateClient("finance-officer", "Regio Eigen").SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_string_limit_comes_from_configuration()
    {
        var response = await _app.CreateClient("finance-officer", "Regio Eigen").PostAsync("/v1/scenarios", Http.Json(Http.SmallScenario(name: new string('x', 21), organisation: "Regio Eigen")));

        var problem = await response.ShouldBeProblem(400);
        problem["errors"]!["/name"]![0]!.GetValue<string>().Should().Contain("hoogstens 20");
    }
}
