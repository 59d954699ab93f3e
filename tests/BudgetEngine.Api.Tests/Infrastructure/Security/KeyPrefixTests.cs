using BudgetEngine.Api.Infrastructure.Security;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>The prefix a key is found by is stored in clear, so it never holds more than a quarter of the key.</summary>
public sealed class KeyPrefixTests
{
    [Theory]
    [InlineData("admin", "a")]           // 5 characters: a quarter is 1
    [InlineData("12345678", "12")]       // 8 characters: once stored whole
    [InlineData("0123456789abcdefghijklmnopqrstuv", "01234567")] // 32 characters: 8
    public void The_prefix_is_at_most_a_quarter_of_the_key(string key, string prefix)
    {
        ApiKeySecrets.PrefixOf(key).Should().Be(prefix);
    }

    [Fact]
    public void A_generated_keys_prefix_is_its_first_eight_characters()
    {
        var key = ApiKeySecrets.Generate();

        ApiKeySecrets.PrefixOf(key).Should().Be(key[..8]);
    }
}
