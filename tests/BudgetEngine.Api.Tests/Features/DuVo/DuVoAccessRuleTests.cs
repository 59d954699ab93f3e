using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetEngine.Api.Tests.Features.DuVo;

/// <summary>
/// The DU VO rules, checked on the authorization handler itself until the DU VO routes are mapped (then the matrix
/// covers them): a centrumgemeente's organisation is its CBS code, which the route carries as {code}.
/// </summary>
public sealed class DuVoAccessRuleTests
{
    [Theory]
    [InlineData(Roles.Centrumgemeente, "GM0001", "GM0001", "allowed")]
    [InlineData(Roles.Centrumgemeente, "GM0001", " gm0001 ", "allowed")]
    [InlineData(Roles.Centrumgemeente, "GM0001", "GM0002", "invisible")]
    [InlineData(Roles.Reader, "GM0001", "GM0001", "role")]
    [InlineData(Roles.FinanceOfficer, "GM0001", "GM0001", "role")]
    [InlineData(Roles.Admin, Organisations.National, "GM0002", "allowed")]
    public async Task Only_that_centrumgemeente_writes_its_plan(string role, string organisation, string code, string outcome) =>
        (await Decide(AccessRules.WriteDuVoPlan, role, organisation, code)).Should().Be(outcome);

    [Theory]
    [InlineData(Roles.Centrumgemeente, "GM0001", "GM0001", "allowed")]
    [InlineData(Roles.Reader, "GM0001", "GM0001", "allowed")]
    [InlineData(Roles.Reader, "GM0001", "GM0002", "invisible")]
    [InlineData(Roles.FinanceOfficer, "GM0001", "GM0001", "role")]
    [InlineData(Roles.Admin, Organisations.National, "GM0002", "allowed")]
    public async Task That_centrumgemeente_and_its_readers_read_its_plan(string role, string organisation, string code, string outcome) =>
        (await Decide(AccessRules.ReadDuVoPlan, role, organisation, code)).Should().Be(outcome);

    [Theory]
    [InlineData(Roles.Admin, "allowed")]
    [InlineData(Roles.Centrumgemeente, "role")]
    [InlineData(Roles.FinanceOfficer, "role")]
    [InlineData(Roles.Reader, "role")]
    public async Task Only_admin_writes_the_national_distribution(string role, string outcome) =>
        (await Decide(AccessRules.WriteDuVoDistribution, role, "GM0001", null)).Should().Be(outcome);

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Centrumgemeente)]
    [InlineData(Roles.FinanceOfficer)]
    [InlineData(Roles.Reader)]
    public async Task Every_key_reads_the_national_distribution(string role) =>
        (await Decide(AccessRules.ReadDuVoDistribution, role, "GM0001", null)).Should().Be("allowed");

    [Fact]
    public void The_list_of_centrumgemeenten_is_filtered_to_the_keys_own() =>
        AccessRules.ListCentrumgemeenten.Ownership.IsOwnListing.Should().BeTrue();

    private static async Task<string> Decide(AccessRule rule, string role, string organisation, string? code)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        if (code is not null) http.Request.RouteValues["code"] = code;
        var user = new Caller("key_test", organisation, [role]).ToPrincipal("test");
        var requirement = new AccessRequirement(rule);
        var context = new AuthorizationHandlerContext([requirement], user, http);

        await new AccessHandler().HandleAsync(context);

        if (context.HasSucceeded) return "allowed";
        return context.FailureReasons.Single() switch
        {
            InvisibleResource => "invisible",
            RoleNotAllowed => "role",
            var other => other.GetType().Name,
        };
    }
}
