using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.Findings;

/// <summary>Lists in a message read as a finance officer writes them: "2019, 2020 en 2021", not "2019 en 2020 en 2021".</summary>
public class MessageListTests
{
    private static MessageArgument[] Years(params int[] years) => years.Select(MessageArgument.Number).ToArray();

    [Fact]
    public void Two_items_are_joined_by_and()
    {
        var list = FindingMessage.ListOf(Years(2019, 2020));

        list.In(MessageLanguage.Dutch).Should().Be("2019 en 2020");
        list.In(MessageLanguage.English).Should().Be("2019 and 2020");
    }

    [Fact]
    public void Three_items_take_a_comma_and_then_and()
    {
        var list = FindingMessage.ListOf(Years(2019, 2020, 2021));

        list.In(MessageLanguage.Dutch).Should().Be("2019, 2020 en 2021");
        list.In(MessageLanguage.English).Should().Be("2019, 2020 and 2021");
    }

    [Fact]
    public void Every_item_but_the_last_two_is_followed_by_a_comma_in_order()
    {
        FindingMessage.ListOf(Years(2018, 2019, 2020, 2021, 2022)).In(MessageLanguage.Dutch).Should().Be("2018, 2019, 2020, 2021 en 2022");
    }

    [Fact]
    public void Items_may_be_messages_themselves()
    {
        var opening = FindingMessage.Of("OpeningBalance", MessageArgument.Text("PP"));
        var list = FindingMessage.ListOf([MessageArgument.Part(opening), MessageArgument.Text("B"), MessageArgument.Text("C")]);

        list.In(MessageLanguage.English).Should().Be($"{opening.In(MessageLanguage.English)}, B and C");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Fewer_than_two_items_are_not_a_list(int count)
    {
        var list = () => FindingMessage.ListOf(Years(Enumerable.Range(2019, count).ToArray()));

        list.Should().Throw<ArgumentException>().WithMessage($"A list needs at least two items; {count} given.*").WithParameterName("items");
    }
}
