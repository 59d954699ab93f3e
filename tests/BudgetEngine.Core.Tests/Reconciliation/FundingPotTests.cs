using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// When money enters a pot: its income of a year, or its opening (money from before the horizon) in the year the pot
/// starts. Only money that enters after a year can settle that year's deficit.
/// </summary>
public class FundingPotTests
{
    private static FundingPot Pot(long opening, long[] income, int start) =>
        new() { Source = new FundingSource("PP", FundingKind.Other), Opening = opening, Income = income, StartYear = start, EndYear = income.Length - 1 };

    [Fact]
    public void Money_enters_a_pot_in_the_years_of_its_income_and_with_its_opening_in_its_first_year()
    {
        // Opening 500 in year index 1 (the first), income 700 in index 3; nothing in 0 or 2.
        var pot = Pot(500, [0, 0, 0, 700], start: 1);

        Enumerable.Range(0, 4).Select(pot.MoneyEnters).Should().Equal(false, true, false, true);
    }

    [Fact]
    public void No_money_enters_a_pots_first_year_without_income_or_opening()
    {
        // Opening 0, nothing in index 1 (the first), 700 in index 2.
        var pot = Pot(0, [0, 0, 700], start: 1);

        Enumerable.Range(0, 3).Select(pot.MoneyEnters).Should().Equal(false, false, true);
    }

    [Fact]
    public void A_pot_into_which_no_money_enters_has_no_last_year_of_money()
    {
        // No opening and no income in any of its years: -1.
        Pot(0, [0, 0, 0], start: 0).LastYearMoneyEnters.Should().Be(-1);
    }
}
