using BudgetEngine.Api.Infrastructure.Versioning;

namespace BudgetEngine.Api.Tests.Infrastructure.Versioning;

/// <summary>If-Match and If-None-Match against the strong ETags of stored versions.</summary>
public sealed class EntityTagTests
{
    private const string Stem = "\"GM0344-2015-v";

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("*", EntityTag.AnyVersion)]
    [InlineData("\"GM0344-2015-v3\"", 3)]
    [InlineData("\"GM0307-2015-v3\", \"GM0344-2015-v2\"", 2)]
    [InlineData("W/\"GM0344-2015-v3\"", EntityTag.NoVersion)]
    [InlineData("\"GM0344-2016-v3\"", EntityTag.NoVersion)]
    [InlineData("\"GM0344-2015-v0\"", EntityTag.NoVersion)]
    public void If_Match_names_a_version_of_this_document_only(string? header, int? expected) =>
        EntityTag.VersionIn(header, Stem).Should().Be(expected);

    [Fact]
    public void A_tag_is_its_stem_and_version_in_quotes() => EntityTag.Of("\"k3j5x9w2a8mq-v", 3).Should().Be("\"k3j5x9w2a8mq-v3\"");

    [Theory]
    [InlineData(null, false)]
    [InlineData("*", true)]
    [InlineData("\"k3j5x9w2a8mq-v3\"", true)]
    [InlineData("W/\"k3j5x9w2a8mq-v3\"", true)]
    [InlineData("\"k3j5x9w2a8mq-v2\", \"k3j5x9w2a8mq-v3\"", true)]
    [InlineData("\"k3j5x9w2a8mq-v2\"", false)]
    public void If_None_Match_names_a_tag_by_weak_comparison(string? header, bool named) =>
        EntityTag.IsNamedBy(header, "\"k3j5x9w2a8mq-v3\"").Should().Be(named);
}
