using BudgetEngine.Core.LineTotals;

namespace BudgetEngine.Core.Tests.LineTotals;

/// <summary>The order in which the totals per action line and per taakveld come, whatever the order of the lines.</summary>
public class LineGroupOrderTests
{
    [Fact]
    public void Action_lines_come_by_number_not_by_text_and_unassigned_last()
    {
        string[] keys = [LineGroups.Unassigned, "10", "2", "1"];

        keys.Order(LineGroups.ActielijnOrder).Should().Equal("1", "2", "10", LineGroups.Unassigned);
    }

    [Fact]
    public void Taakvelden_come_in_the_order_of_the_iv3_list_not_by_text()
    {
        // The list has 0.9 and then 0.10 (Mutaties reserves); as text 0.10 would come before 0.2.
        string[] keys = ["0.10", "6.81", "0.9", "0.2"];

        keys.Order(LineGroups.TaakveldOrder).Should().Equal("0.2", "0.9", "0.10", "6.81");
    }

    [Fact]
    public void Codes_not_on_the_iv3_list_come_after_it_by_text_and_unassigned_last()
    {
        string[] keys = [LineGroups.Unassigned, "9.2", "6.82", "9.1"];

        keys.Order(LineGroups.TaakveldOrder).Should().Equal("6.82", "9.1", "9.2", LineGroups.Unassigned);
    }

    [Fact]
    public void A_group_compares_equal_only_to_itself()
    {
        LineGroups.TaakveldOrder.Compare("6.81", "6.81").Should().Be(0);
        LineGroups.TaakveldOrder.Compare(LineGroups.Unassigned, LineGroups.Unassigned).Should().Be(0);
        LineGroups.ActielijnOrder.Compare("1", "2").Should().BeNegative();
    }
}
