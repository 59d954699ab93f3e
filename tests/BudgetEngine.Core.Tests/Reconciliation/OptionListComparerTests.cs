using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// Demands whose option lists are alike (the same sources, by code, at the same ranks, in the same order) may share a
/// node in the funding network: the comparer decides which lists are alike.
/// </summary>
public class OptionListComparerTests
{
    private static readonly FundingSource Ghnt = new("GHNT", FundingKind.Other);
    private static readonly FundingSource Pp = new("PP", FundingKind.Other);
    private static readonly OptionListComparer Comparer = OptionListComparer.Instance;

    private static DemandOption[] Options(params (FundingSource Source, int Rank)[] options) =>
        options.Select(o => new DemandOption(o.Source, o.Rank)).ToArray();

    [Fact]
    public void Two_lists_of_the_same_sources_at_the_same_ranks_are_alike_and_hash_alike()
    {
        var a = Options((Ghnt, 0), (Pp, 1));
        var b = Options((new FundingSource("GHNT", FundingKind.Other), 0), (new FundingSource("PP", FundingKind.Other), 1));

        Comparer.Equals(a, b).Should().BeTrue("the sources are compared by code");
        Comparer.GetHashCode(a).Should().Be(Comparer.GetHashCode(b));
    }

    [Fact]
    public void A_list_is_alike_to_itself_and_no_list_is_alike_to_none()
    {
        var a = Options((Ghnt, 0));

        Comparer.Equals(a, a).Should().BeTrue();
        Comparer.Equals(null, null).Should().BeTrue();
        Comparer.Equals(a, null).Should().BeFalse();
        Comparer.Equals(null, a).Should().BeFalse();
    }

    [Fact]
    public void Lists_of_other_sources_are_not_alike()
    {
        Comparer.Equals(Options((Ghnt, 0)), Options((Pp, 0))).Should().BeFalse();
    }

    [Fact]
    public void Lists_that_rank_the_same_source_differently_are_not_alike()
    {
        Comparer.Equals(Options((Ghnt, 0)), Options((Ghnt, 1))).Should().BeFalse();
    }

    [Fact]
    public void Lists_of_the_same_sources_in_another_order_are_not_alike()
    {
        Comparer.Equals(Options((Ghnt, 0), (Pp, 0)), Options((Pp, 0), (Ghnt, 0))).Should().BeFalse();
    }

    [Fact]
    public void A_list_is_not_alike_to_a_longer_one_that_begins_with_it()
    {
        var shorter = Options((Ghnt, 0));
        var longer = Options((Ghnt, 0), (Pp, 1));

        Comparer.Equals(shorter, longer).Should().BeFalse();
        Comparer.Equals(longer, shorter).Should().BeFalse();
    }
}
