namespace BudgetEngine.Api.Tests.Infrastructure.Errors;

/// <summary>The largest page number is a page far past the end (empty), never page 1 again by an overflowing offset.</summary>
public sealed class PageOverflowTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/v1/scenarios")]
    [InlineData("/v1/keys")]
    [InlineData("/v1/audit")]
    public async Task The_largest_page_number_is_an_empty_page(string listing)
    {
        await _app.CreateAdminClient().Create(Http.SmallScenario()); // one scenario, one key, one audit entry at least

        var page = await (await _app.CreateAdminClient().GetAsync($"{listing}?page=2147483647&pageSize=100")).ReadJson();

        page["items"]!.AsArray().Should().BeEmpty();
        page["totalCount"]!.GetValue<int>().Should().BePositive();
    }
}
