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
}
