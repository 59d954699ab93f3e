using System.Net;
using System.Text.RegularExpressions;
using BudgetEngine.Api.Infrastructure.Security;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>
/// The first admin key: BUDGETENGINE_ADMIN_KEY when set (accepted as given, stored hashed); otherwise generated on the
/// first start of an empty database and printed once to the console.
/// </summary>
public sealed class AdminKeyBootstrapTests
{
    private static readonly Dictionary<string, string?> NoAdminKey = new() { [AdminKeyBootstrap.Variable] = null };

    [Fact]
    public async Task Without_the_variable_the_first_start_prints_a_generated_admin_key_once()
    {
        var path = BudgetEngineApplication.NewDatabasePath();
        try
        {
            string key;
            using (var first = new BudgetEngineApplication(path, NoAdminKey))
            {
                _ = first.Server;
                var printed = Regex.Match(first.ConsoleOutput.ToString(), @"Admin API key \(shown once\): (?<key>be_[A-Za-z0-9_-]{43})");
                printed.Success.Should().BeTrue(first.ConsoleOutput.ToString());
                key = printed.Groups["key"].Value;
                (await first.CreateClientWithKey(key).GetAsync("/v1/keys")).StatusCode.Should().Be(HttpStatusCode.OK);
                string.Join("\n", first.Logs.Messages).Should().NotContain(key, "the key goes to the console, never to the logs");
            }
            using var second = new BudgetEngineApplication(path, NoAdminKey);
            _ = second.Server;
            second.ConsoleOutput.ToString().Should().BeEmpty("the key is shown once, on the first start");
            (await second.CreateClientWithKey(key).GetAsync("/v1/keys")).StatusCode.Should().Be(HttpStatusCode.OK, "it is stored (hashed) and still works");
        }
        finally
        {
            BudgetEngineApplication.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task The_variable_is_accepted_as_given_and_nothing_is_printed()
    {
        using var app = new BudgetEngineApplication(settings: new Dictionary<string, string?> { [AdminKeyBootstrap.Variable] = "my-own-admin-key-chosen-for-this-deployment" });

        var response = await app.CreateClientWithKey("my-own-admin-key-chosen-for-this-deployment").GetAsync("/v1/keys");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.ConsoleOutput.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task Restarting_with_the_same_variable_stores_it_once()
    {
        var path = BudgetEngineApplication.NewDatabasePath();
        try
        {
            using (var first = new BudgetEngineApplication(path)) { _ = first.Server; }
            using var second = new BudgetEngineApplication(path);

            var keys = await (await second.CreateAdminClient().GetAsync("/v1/keys")).ReadJson();

            keys["totalCount"]!.GetValue<int>().Should().Be(1);
        }
        finally
        {
            BudgetEngineApplication.DeleteDatabase(path);
        }
    }
}
