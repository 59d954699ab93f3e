using BudgetEngine.Api.Infrastructure.Versioning;

namespace BudgetEngine.Api.Tests.Infrastructure.Versioning;

/// <summary>A conditional write of a versioned document: what If-Match decides.</summary>
public sealed class PreconditionsTests
{
    [Theory]
    [InlineData(null, null, WriteStatus.Created)]
    [InlineData(null, 1, WriteStatus.NothingToMatch)]
    [InlineData(null, EntityTag.AnyVersion, WriteStatus.NothingToMatch)]
    [InlineData(2, null, WriteStatus.PreconditionRequired)]
    [InlineData(2, 2, WriteStatus.Replaced)]
    [InlineData(2, EntityTag.AnyVersion, WriteStatus.Replaced)]
    [InlineData(2, 1, WriteStatus.Stale)]
    [InlineData(2, EntityTag.NoVersion, WriteStatus.Stale)]
    public void A_write_creates_without_If_Match_and_replaces_only_the_version_it_names(int? current, int? expected, WriteStatus status) =>
        Preconditions.Decide(current, deleted: false, expected).Should().Be(status);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(EntityTag.AnyVersion)]
    public void A_deleted_document_is_gone_whatever_version_the_write_names(int expected) =>
        Preconditions.Decide(3, deleted: true, expected).Should().Be(WriteStatus.Gone);
}
