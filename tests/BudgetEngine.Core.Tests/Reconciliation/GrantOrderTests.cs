using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// Grants are taken in one canonical order, so that a reconciliation does not depend on the order they are listed in:
/// by source, period year, period kind, award year, project, status, amount, id and description; each compared only
/// when everything before it is equal.
/// </summary>
public class GrantOrderTests
{
    // GHNT 10,000 for calendar year 2020, awarded in 2020, for no project.
    private static readonly Grant Base = Awarded("GHNT", 10_000, 2020);

    public static TheoryData<string, Grant, Grant> FirstDifferences => new()
    {
        { "source", Base with { Source = "DUVO" }, Base },
        { "period year", Base with { Period = GrantPeriod.CalendarYear(2019) }, Base },
        { "period kind: a calendar year before a project year of the same year", Base, Base with { Period = GrantPeriod.ProjectYear(2020) } },
        { "award year", Base with { AwardYear = 2019 }, Base },
        { "project", Base with { Project = "Campagne" }, Base with { Project = "Training" } },
        { "status: awarded before conditional", Base, Base with { Status = GrantStatus.Conditional } },
        { "amount", Base with { Amount = Eur(9_999.99m) }, Base },
        { "id", Base with { Id = "G-1" }, Base with { Id = "G-2" } },
        { "description", Base with { Description = "Ronde 1" }, Base with { Description = "Ronde 2" } },
    };

    [Theory]
    [MemberData(nameof(FirstDifferences))]
    public void Of_two_grants_equal_up_to_one_key_the_one_lower_in_that_key_comes_first(string key, Grant first, Grant second)
    {
        GrantOrder.Instance.Compare(first, second).Should().BeNegative("they differ first in {0}", key);
        GrantOrder.Instance.Compare(second, first).Should().BePositive("they differ first in {0}", key);
    }

    [Fact]
    public void The_first_key_that_differs_decides_whatever_the_keys_after_it()
    {
        // DUVO before GHNT, although the DUVO grant is later, a project year, awarded later, for a later project,
        // conditional, larger and with a later id and description.
        var duvo = new Grant("DUVO", Eur(20_000), GrantPeriod.ProjectYear(2021), GrantStatus.Conditional)
        {
            AwardYear = 2022, Project = "Training", Id = "G-2", Description = "Ronde 2",
        };
        var ghnt = Base with { Project = "Campagne", Id = "G-1", Description = "Ronde 1" };

        GrantOrder.Instance.Compare(duvo, ghnt).Should().BeNegative();
        GrantOrder.Instance.Compare(ghnt, duvo).Should().BePositive();
    }

    [Fact]
    public void Grants_equal_in_every_key_are_equal_in_the_order()
    {
        GrantOrder.Instance.Compare(Base, Base with { }).Should().Be(0);
    }

    [Fact]
    public void A_missing_grant_comes_before_any_grant()
    {
        GrantOrder.Instance.Compare(null, Base).Should().BeNegative();
        GrantOrder.Instance.Compare(Base, null).Should().BePositive();
        GrantOrder.Instance.Compare(null, null).Should().Be(0);
    }
}
