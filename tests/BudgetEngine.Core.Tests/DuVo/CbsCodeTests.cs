using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Core.Tests.DuVo;

public class CbsCodeTests
{
    [Theory]
    [InlineData("GM0344")]
    [InlineData("GM0402")]
    [InlineData("GM1859")]
    public void A_code_is_GM_followed_by_four_digits(string text)
    {
        CbsCode.IsValid(text).Should().BeTrue();
        CbsCode.Parse(text).Value.Should().Be(text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GM344")]
    [InlineData("gm0344")]
    [InlineData("GM 0344")]
    [InlineData("GM03444")]
    [InlineData("PV0344")]
    [InlineData("GM03A4")]
    public void Anything_else_is_rejected(string? text)
    {
        CbsCode.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => CbsCode.Parse(text!)).Should().Throw<Exception>();
    }

    [Fact]
    public void Codes_order_ordinally()
    {
        CbsCode.Parse("GM0202").Should().BeLessThan(CbsCode.Parse("GM0344"));
    }

    [Fact]
    public void The_comparison_operators_order_codes_ordinally()
    {
        var arnhem = CbsCode.Parse("GM0202");
        var utrecht = CbsCode.Parse("GM0344");
        var alsoArnhem = CbsCode.Parse("GM0202");

        (arnhem < utrecht, utrecht < arnhem, arnhem < alsoArnhem).Should().Be((true, false, false));
        (utrecht > arnhem, arnhem > utrecht, arnhem > alsoArnhem).Should().Be((true, false, false));
        (arnhem <= utrecht, utrecht <= arnhem, arnhem <= alsoArnhem).Should().Be((true, false, true));
        (utrecht >= arnhem, arnhem >= utrecht, arnhem >= alsoArnhem).Should().Be((true, false, true));
    }

    [Fact]
    public void A_code_that_was_never_read_is_empty_text()
    {
        default(CbsCode).Value.Should().BeEmpty();
    }

    [Fact]
    public void Reading_text_that_is_not_a_code_names_the_text_and_the_form_expected()
    {
        FluentActions.Invoking(() => CbsCode.Parse("GM344")).Should().Throw<FormatException>()
            .WithMessage("'GM344' is not a CBS municipality code; expected \"GM\" followed by four digits, e.g. GM0344.");
    }
}
