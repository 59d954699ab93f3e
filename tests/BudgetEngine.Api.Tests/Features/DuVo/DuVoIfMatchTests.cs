using BudgetEngine.Api.Features.DuVo;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>PUT creates or replaces: what If-Match decides.</summary>
public sealed class DuVoIfMatchTests
{
    [Theory]
    [InlineData(null, null, DuVoPutStatus.Created)]
    [InlineData(null, 1, DuVoPutStatus.NothingToMatch)]
    [InlineData(null, DuVoIfMatch.AnyVersion, DuVoPutStatus.NothingToMatch)]
    [InlineData(2, null, DuVoPutStatus.PreconditionRequired)]
    [InlineData(2, 2, DuVoPutStatus.Replaced)]
    [InlineData(2, DuVoIfMatch.AnyVersion, DuVoPutStatus.Replaced)]
    [InlineData(2, 1, DuVoPutStatus.Stale)]
    [InlineData(2, DuVoIfMatch.NoVersion, DuVoPutStatus.Stale)]
    public void A_PUT_creates_without_If_Match_and_replaces_only_the_version_it_names(int? current, int? expected, DuVoPutStatus status) =>
        DuVoIfMatch.Decide(current, expected).Should().Be(status);
}
